import SpeccPipeline
import SpeccTemplating

enum SpeccTemplatingAccess {
    static func templates() -> (TemplateSet, Int) {
        let (templates, diagnostics) = Pipeline.templates(overridesIn: nil)
        return (templates!, diagnostics.count)
    }
}
