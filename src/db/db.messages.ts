/** Messages of the database layer. */
export const dbMessages: Record<string, { vi: string; en: string }> = {
  data_dir_locked: {
    vi: 'Thư mục dữ liệu {dir} đang được tiến trình {pid} trên máy {host} sử dụng (thường là máy chủ dantoc đang chạy). Hãy thực hiện thao tác qua giao diện web của máy chủ đó, hoặc dừng máy chủ rồi chạy lại lệnh. Nếu chắc chắn không còn tiến trình nào dùng thư mục này, hãy xóa tệp {dir}/dantoc.lock.',
    en: "The data folder {dir} is in use by process {pid} on {host} (usually the running dantoc server). Do this through that server's web interface, or stop the server and run the command again. If you are sure no process uses this folder any more, delete {dir}/dantoc.lock.",
  },
};
