/** Sidecars and overrides the browser tests' build adds to the sample, for provenance to show. */
export const ORIGINAL_URL = 'https://www.anning.gov.cn/fzzf/2022/0120.html';
export const CAPTURED_AT = '2026-05-01T08:00:00Z';
export const UNSAFE_URL = 'javascript:alert(document.domain)';

export const PROVENANCE_SIDECARS: Record<string, { sourceUrl: string; capturedAt?: string }> = {
  // 530181003-2021
  '000_100d2f81db6a0f61.meta.json': { sourceUrl: ORIGINAL_URL, capturedAt: CAPTURED_AT },
  // 500110119-2021
  '001_e8c2a6f93c08be41.meta.json': { sourceUrl: UNSAFE_URL },
};

// 120116011-2022: its source name was extracted as 胡家园街; its index number was not found.
export const PROVENANCE_OVERRIDES =
  '120116011-2022:\n  sourceName: 天津市滨海新区人民政府\n  indexNumber: 12120116MB1234567X/2023-00001\n';
