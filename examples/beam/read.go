package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"

	"github.com/iepgoal/iepgoal/progress"
)

// BadRow is a row the reader refused, where it is: the side output of
// the bad rows, never dropped in silence.
type BadRow struct {
	File   string
	Line   int
	Column string
	Error  string
}

// FileReport is the reader's account of one file's rows
// (progress.Report), to be summed over the files.
type FileReport struct {
	Rows, Rated, Unrated, Rejected, Duplicates int64
}

// readFn reads one file with the library's reader: its header first, as
// the library measures it (a header that is none, a -focus element
// without its column, an empty file fail the pipeline, as
// examples/research refuses them), then its rows, bad rows skipped and
// reported. Each interval goes on keyed by its student, encoded
// (encodeInterval); each bad row, with the file's path, to the bad rows;
// the file's account to the reports. A repeat within the file is a bad
// row, as the reader refuses it.
type readFn struct{ Config Config }

func (fn *readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(string, []byte), emitBad func(BadRow), emitReport func(FileReport)) error {
	r, err := f.Open(ctx)
	if err != nil {
		return err
	}
	defer r.Close()
	br := bufio.NewReaderSize(r, 1<<16)
	header, err := br.ReadBytes('\n')
	if err != nil && err != io.EOF {
		return fmt.Errorf("%s: %w", f.Metadata.Path, err)
	}
	if _, err := progress.MeasureCSV(bytes.NewReader(header), fn.Config.mustBenchmark(), progress.MeasureOptions{}); err != nil {
		return fmt.Errorf("%s: %w", f.Metadata.Path, err)
	}
	var rep progress.Report
	var buf []byte
	rows := progress.ReadIntervals(io.MultiReader(bytes.NewReader(header), br), progress.ReadOptions{SkipBadRows: true, Report: &rep})
	for iv, err := range rows {
		var rowErr *progress.RowError
		switch {
		case errors.As(err, &rowErr):
			emitBad(BadRow{File: f.Metadata.Path, Line: rowErr.Line, Column: rowErr.Column, Error: rowErr.Err.Error()})
			continue
		case err != nil:
			return fmt.Errorf("%s: %w", f.Metadata.Path, err)
		}
		buf = encodeInterval(buf[:0], &iv)
		emit(string(iv.Student), slices.Clone(buf))
	}
	emitReport(FileReport{Rows: rep.Rows, Rated: rep.Rated, Unrated: rep.Unrated, Rejected: rep.Rejected, Duplicates: rep.Duplicates})
	return nil
}
