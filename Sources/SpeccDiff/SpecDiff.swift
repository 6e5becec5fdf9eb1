import SpeccIR

/// IR × IR → findings: what changed between two versions of a spec, by rule, for code review.
public enum SpecDiff {
    /// - Parameter today: `YYYY-MM-DD`, for `x-sunset` dates (pass it, so the result is reproducible).
    public static func compare(old: API, new: API, today: String, options: DiffOptions = DiffOptions()) -> [Finding] {
        // Two cores: the two halves of the setup (about even on Stripe's pair), then the named
        // schemas beside the rest.
        let setupBeside = ConcurrentMap.beside { (AllOfParts(old: old, new: new), UnchangedSchemas(old: old, new: new)) }
        let reached = (old: ReachedSchemas(old), new: ReachedSchemas(new))
        let (parts, unchanged) = setupBeside.wait()
        let components = ConcurrentMap.beside { () -> [Finding] in
            let recorder = DiffRecorder(options: options, parts: parts, unchanged: unchanged, today: today)
            ComponentComparer(old: old, new: new, recorder: recorder, reached: reached).compare()
            TagComparer(old: old, new: new, recorder: recorder).compare()
            return recorder.findings
        }
        let recorder = DiffRecorder(options: options, parts: parts, unchanged: unchanged, today: today)
        ServerComparer(old: old, new: new, recorder: recorder).compare()
        SecurityComparer(old: old, new: new, recorder: recorder).compareSchemes()
        OperationComparer(old: old, new: new, recorder: recorder, today: today).compare()
        OutboundComparer(old: old, new: new, recorder: recorder).compareWebhooks()
        // In the order the comparers ran in one thread, so equal keys sort the same every run.
        let findings = recorder.findings + components.wait()
        // Worst first, then by place, so reports read the same on every run.
        return findings.sorted {
            ($0.level, $0.operation ?? "", $0.field, $0.rule, $0.message) < ($1.level, $1.operation ?? "", $1.field, $1.rule, $1.message)
        }
    }
}
