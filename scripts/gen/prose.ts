/**
 * Sentences without figures (assessment, difficulties, tasks), picked at random so reports differ in
 * wording. None contains a number, an amount or a percentage: only the generated statements carry figures.
 */
import type { Rng } from './prng.js';

const STRENGTHS = [
  'Công tác chỉ đạo, điều hành được triển khai kịp thời, đồng bộ; các cơ quan, đơn vị đã chủ động phối hợp trong tổ chức thực hiện các dự án, tiểu dự án thuộc Chương trình.',
  'Các chính sách giảm nghèo được triển khai đến đúng đối tượng; người dân được tiếp cận thông tin về chủ trương, chính sách của Đảng và Nhà nước về giảm nghèo.',
  'Việc lồng ghép các nguồn lực được quan tâm; công tác tuyên truyền, vận động đã góp phần nâng cao nhận thức của cán bộ và người dân về công tác giảm nghèo.',
  'Hệ thống truyền thanh cơ sở phát huy hiệu quả, nội dung thông tin ngày càng phong phú, phù hợp với điều kiện của địa phương.',
];

const WEAKNESSES = [
  'Một số văn bản hướng dẫn về định mức, cơ chế triển khai thực hiện chưa được ban hành kịp thời, ảnh hưởng đến tiến độ giải ngân.',
  'Một số đơn vị chưa chủ động nghiên cứu, đề xuất nội dung triển khai phù hợp với địa bàn.',
  'Đội ngũ cán bộ làm công tác giảm nghèo ở cơ sở còn kiêm nhiệm, thường xuyên thay đổi nên hiệu quả tham mưu chưa cao.',
  'Chế độ thông tin, báo cáo của một số xã, thị trấn chưa kịp thời, đầy đủ theo quy định.',
  'Địa bàn rộng, giao thông đi lại khó khăn nên việc tổ chức các lớp tập huấn ở các thôn, bản vùng sâu, vùng xa còn hạn chế.',
];

const CAUSES = [
  'Nguyên nhân chủ yếu do các văn bản hướng dẫn của cấp trên ban hành chậm, một số nội dung chưa rõ ràng; việc lựa chọn nhà thầu cần nhiều thời gian theo quy định.',
  'Nguyên nhân do một số cơ quan chưa thật sự quan tâm chỉ đạo thực hiện; việc phối hợp giữa các ngành có lúc chưa chặt chẽ.',
  'Nguyên nhân do điều kiện kinh tế - xã hội của địa phương còn nhiều khó khăn, nguồn lực đối ứng của địa phương còn hạn chế.',
];

const TASKS = [
  'Tiếp tục đẩy nhanh tiến độ thực hiện và giải ngân kinh phí các dự án, tiểu dự án thuộc Chương trình.',
  'Tăng cường công tác kiểm tra, giám sát việc thực hiện Chương trình tại các xã, thị trấn.',
  'Đẩy mạnh công tác thông tin, tuyên truyền về giảm nghèo trên hệ thống truyền thanh cơ sở.',
  'Rà soát, đề xuất điều chỉnh kế hoạch vốn phù hợp với khả năng thực hiện của địa phương.',
  'Thực hiện nghiêm chế độ thông tin, báo cáo theo quy định.',
];

const PROPOSALS = [
  'Đề nghị các sở, ngành tỉnh sớm hướng dẫn cụ thể các nội dung còn vướng mắc để địa phương triển khai thực hiện.',
  'Đề nghị cấp trên quan tâm bố trí kinh phí kịp thời, tạo điều kiện cho địa phương chủ động trong tổ chức thực hiện.',
  'Đề nghị tăng cường tập huấn, bồi dưỡng nghiệp vụ cho đội ngũ cán bộ làm công tác giảm nghèo ở cơ sở.',
];

function some(rng: Rng, items: readonly string[], min: number, max: number): string[] {
  return rng.shuffle(items).slice(0, rng.int(min, Math.min(max, items.length)));
}

export const prose = {
  strengths: (rng: Rng) => some(rng, STRENGTHS, 1, 2),
  weaknesses: (rng: Rng) => some(rng, WEAKNESSES, 2, 4),
  cause: (rng: Rng) => rng.pick(CAUSES),
  tasks: (rng: Rng) => some(rng, TASKS, 2, 4),
  proposals: (rng: Rng) => some(rng, PROPOSALS, 1, 2),
};

export const PROGRAM_NAME = 'Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025';
