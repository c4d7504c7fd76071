module github.com/iepgoal/iepgoal/examples/schemacheck

go 1.24

require (
	github.com/iepgoal/iepgoal v0.0.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
)

require golang.org/x/text v0.14.0 // indirect

replace github.com/iepgoal/iepgoal => ../..
