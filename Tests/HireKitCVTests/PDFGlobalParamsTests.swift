import Testing
@testable import HireKitCV

@Suite("Poppler's global parameters")
struct PDFGlobalParamsTests {
    /// The document that keeps poppler's global parameters alive between CVs opens (else they are rebuilt per CV).
    @Test func holdingDocumentOpens() {
        #expect(PDFGlobalParams.held)
    }
}
