/// Bounds on the work one CV may cause, so a single hostile or broken file can't exhaust memory or stall a batch.
public struct ReaderLimits: Sendable, Equatable {
    /// Files larger than this are rejected before they are read; real CVs, even with photos, are far smaller.
    public var maxFileBytes: Int
    /// Most bytes a DOCX may inflate to across the parts that are read (zip-bomb defence).
    public var maxDecompressedBytes: Int
    /// Highest uncompressed/compressed ratio accepted for a DOCX part above 1 MiB; XML rarely compresses past ~30:1.
    public var maxCompressionRatio: Int
    /// Pages of a PDF whose text is read; later pages are ignored (their count is still reported).
    public var maxPages: Int
    /// Wall-clock limit for extracting one file's text. Use `.infinity` (or any non-positive value) for no limit.
    public var timeoutSeconds: Double

    public init(
        maxFileBytes: Int = 20 * 1024 * 1024,
        maxDecompressedBytes: Int = 64 * 1024 * 1024,
        maxCompressionRatio: Int = 200,
        maxPages: Int = 60,
        timeoutSeconds: Double = 15
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxDecompressedBytes = maxDecompressedBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.maxPages = maxPages
        self.timeoutSeconds = timeoutSeconds
    }
}
