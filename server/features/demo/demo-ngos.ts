/** Demo foreign NGOs (their registry records and certificates are seeded by the registry feature). */
export const DEMO_NGOS = [
  { code: 'NGO-DEMO-001', nameVi: 'Tổ chức Cứu trợ Trẻ em Quốc tế', nameEn: 'Children Relief International', abbreviation: 'CRI' },
  { code: 'NGO-DEMO-002', nameVi: 'Quỹ Nước sạch Mê Kông', nameEn: 'Mekong Clean Water Foundation', abbreviation: 'MCWF' },
  { code: 'NGO-DEMO-003', nameVi: 'Hội Hỗ trợ Người khuyết tật Bắc Âu', nameEn: 'Nordic Disability Support Association', abbreviation: 'NDSA' },
  { code: 'NGO-DEMO-004', nameVi: 'Tổ chức Phát triển Nông thôn Hà Lan', nameEn: 'Netherlands Rural Development Organisation', abbreviation: 'NRDO' },
  { code: 'NGO-DEMO-005', nameVi: 'Quỹ Y tế Cộng đồng Nhật Bản', nameEn: 'Japan Community Health Fund', abbreviation: 'JCHF' },
] as const;
