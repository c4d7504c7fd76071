// Package schemacheck validates the JSON the library writes against its
// published JSON Schemas (package progress/interchange) with a JSON Schema
// validator, github.com/santhosh-tekuri/jsonschema/v6, kept in this nested
// module so that the library's own module requires only go-cmp and rapid.
// Its tests are the whole of it: run them with
//
//	cd examples/schemacheck && go test ./...
package schemacheck
