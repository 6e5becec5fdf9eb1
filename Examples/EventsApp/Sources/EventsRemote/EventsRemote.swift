// The Strigo API's client, generated from openapi.yaml by the specc build plugin at build time,
// over the models of EventsModels (specc-config.yaml imports them). SwiftPM needs a source file of
// the target's own to build it: the generated ones come from the plugin.
