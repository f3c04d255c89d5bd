package io.complaints.analytics.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

import org.springframework.http.MediaType;

import io.complaints.analytics.ledger.LedgerView;

/** A file format the ledger is exported in. */
interface ExportFormat {

    /** The file name's extension, e.g. {@code csv}. */
    String extension();

    MediaType mediaType();

    /**
     * Writes the header and then each row as it comes, until there are no more; holds only a few
     * rows at a time, whatever the size of the selection.
     */
    void write(List<ExportColumn> columns, Iterator<LedgerView> rows, OutputStream out) throws IOException;
}
