import HireKitPipeline
import Testing

@Suite("Stages")
struct StageTests {
    @Test func anOpenApplicationCanSkipAheadButNotGoBack() {
        #expect(Stage.applied.canMove(to: .interview))
        #expect(Stage.interview.canMove(to: .offer))
        #expect(!Stage.interview.canMove(to: .screened))
        #expect(!Stage.screened.canMove(to: .screened))
    }

    @Test func everyOpenStageCanEndAsRejectedOrWithdrawn() {
        for stage in Stage.allCases where stage.isOpen {
            #expect(stage.canMove(to: .rejected) && stage.canMove(to: .withdrawn), "\(stage)")
        }
    }

    @Test func hiredRejectedAndWithdrawnAreFinal() {
        for stage in [Stage.hired, .rejected, .withdrawn] {
            #expect(stage.allowedNext.isEmpty, "\(stage)")
        }
    }

    @Test func stagesAreWrittenAsRecruitersTypeThem() {
        #expect(Stage(rawValue: "phone-screen") == .phoneScreen)
        #expect(Stage.names == "applied, screened, phone-screen, interview, offer, hired, rejected, withdrawn")
    }
}
