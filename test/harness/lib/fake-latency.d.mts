// Types of fake-latency.mjs, for the TypeScript that imports it (bench/, tests).

export declare const OPERATIONS: readonly string[];
export declare function latencyModel(): { scale: number; operations: Record<string, { seconds?: number }> } | undefined;
export declare function latencyEnabled(): boolean;
export declare function latencyMs(operation: string): number;
export declare function sleepFor(operation: string): Promise<void>;
export declare function sleepForSync(operation: string): void;
export declare function sleepMsSync(operation: string, ms: number): void;
