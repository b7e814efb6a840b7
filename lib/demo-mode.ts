/** Demo data (and the list of demo accounts) belong to development and to an explicit FIELDLINE_DEMO=1. */
export function isDemoMode(): boolean {
  return process.env.NODE_ENV !== 'production' || process.env.FIELDLINE_DEMO === '1';
}
