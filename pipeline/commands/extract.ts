import { defineCommand } from 'citty';
import { extractFile } from '../extract.js';
import { toJson } from '../json.js';

export default defineCommand({
  meta: { name: 'extract', description: 'Đọc một tệp và in văn bản, phần đầu, các khối và thực thể (không ghi cơ sở dữ liệu).' },
  args: {
    file: { type: 'positional', description: 'Tệp .txt, .docx hoặc .pdf', required: true },
    json: { type: 'boolean', description: 'In JSON (mặc định)', default: true },
  },
  async run({ args }) {
    const x = await extractFile(args.file);
    const { document, ...entities } = x;
    process.stdout.write(toJson({ ...document, ...entities }) + '\n');
  },
});
