import SpeccIR

/// IR × IR → findings: what changed between two versions of a spec, by rule, for code review.
public enum SpecDiff {
    /// - Parameter today: `YYYY-MM-DD`, for `x-sunset` dates (pass it, so the result is reproducible).
    public static func compare(old: API, new: API, today: String, options: DiffOptions = DiffOptions()) -> [Finding] {
        let recorder = DiffRecorder(options: options, parts: AllOfParts(old: old, new: new), unchanged: UnchangedSchemas(old: old, new: new), today: today)
        ServerComparer(old: old, new: new, recorder: recorder).compare()
        SecurityComparer(old: old, new: new, recorder: recorder).compareSchemes()
        OperationComparer(old: old, new: new, recorder: recorder, today: today).compare()
        OutboundComparer(old: old, new: new, recorder: recorder).compareWebhooks()
        ComponentComparer(old: old, new: new, recorder: recorder).compare()
        TagComparer(old: old, new: new, recorder: recorder).compare()
        // Worst first, then by place, so reports read the same on every run.
        return recorder.findings.sorted {
            ($0.level, $0.operation ?? "", $0.field, $0.rule, $0.message) < ($1.level, $1.operation ?? "", $1.field, $1.rule, $1.message)
        }
    }
}
