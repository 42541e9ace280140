/** Types for the sample-data generator (a plain Node script). */
export declare const DISTRICTS: { name: string; share: number; lng: number; lat: number; dLng: number; dLat: number; streets: string[] }[];
export declare function generateMealPoints(count?: number, seed?: number): Record<string, unknown>[];
