/** Error messages of aggregation up the unit hierarchy. */
export const reportingAggregateMessages: Record<string, { vi: string; en: string }> = {
  aggregate_elements_count: { vi: 'Cần từ 1 đến {max} mã chỉ tiêu', en: 'Give between 1 and {max} data element codes' },
  aggregate_unknown_element: { vi: 'Không có chỉ tiêu: {code}', en: 'No such data element: {code}' },
  aggregate_unknown_category: { vi: 'Không có cách phân tổ "{code}"', en: 'No such disaggregation "{code}"' },
};
