// The Strigo API's models, generated from openapi.yaml by the specc build plugin at build time
// (specc-config.yaml asks for the types alone). SwiftPM needs a source file of the target's own
// to build it: the generated ones come from the plugin.
