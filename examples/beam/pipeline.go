package main

import (
	"context"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn5x1[context.Context, fileio.ReadableFile, func(string, []byte), func(BadRow), func(FileReport), error](&readFn{})
	register.Emitter2[string, []byte]()
	register.Emitter1[BadRow]()
	register.Emitter1[FileReport]()
	register.Combiner3[*accumulator, []byte, *result](&measureFn{})
	register.DoFn2x1[string, *result, int](&lastOrdinalFn{})
	register.Function2x1[int, int, int](maxInt)
	register.DoFn4x1[string, *result, func(*int) bool, func(StudentRows), error](&formatFn{})
	register.Emitter1[StudentRows]()
	register.DoFn5x1[context.Context, []byte, func(*StudentRows) bool, func(*BadRow) bool, func(*FileReport) bool, error](&writeFn{})
	register.Iter1[StudentRows]()
	register.Iter1[BadRow]()
	register.Iter1[FileReport]()
	register.Iter1[int]()
	beam.RegisterCoder(reflect.TypeOf((*accumulator)(nil)), encodeAccumulator, decodeAccumulator)
	beam.RegisterCoder(reflect.TypeOf((*result)(nil)), encodeResult, decodeResult)
}

// Build adds the research measure to the pipeline: the files of c.In read
// one per worker with the library's reader (readFn), their intervals keyed
// by student and combined per student by measureFn (a progress.Measurer
// and the student's progress.Summary, the binary encoding between
// workers), each student's rows formatted by the library's research
// tables (formatFn), and a last step (writeFn) that puts them in student
// order and writes the outputs whole or not at all. Files are the unit of
// parallel reading: a directory the glob matches is skipped, and a file
// ending in .gz is read decompressed (fileio.ReadMatches).
func Build(s beam.Scope, c Config) {
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, c.In, fileio.MatchEmptyDisallow()))
	rows, bad, reports := beam.ParDo3(s, &readFn{Config: c}, files)
	students := beam.CombinePerKey(s, &measureFn{Config: c}, rows)
	lastDate := beam.Combine(s, maxInt, beam.ParDo(s, &lastOrdinalFn{}, students))
	formatted := beam.ParDo(s, &formatFn{Config: c}, students, beam.SideInput{Input: lastDate})
	beam.ParDo0(s, &writeFn{Config: c}, beam.Impulse(s),
		beam.SideInput{Input: formatted}, beam.SideInput{Input: bad}, beam.SideInput{Input: reports})
}
