// The generated code for openapi.yaml is this module's content; nothing else is needed here.
