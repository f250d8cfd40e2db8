// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apirequest.h"
#include "servercontext.h"

class Router;

// Importing a film history and exporting one (the caller's own): POST /imports?dryRun=true
// previews, POST /imports applies in one transaction; GET /imports lists them and DELETE
// /imports/{id} undoes one. The body is the file itself (application/zip or text/csv, up to 32
// MiB). Query: fileName (which Letterboxd file a CSV is, where its header cannot tell), choices (a
// JSON object: row key → film id, or null to skip the row).
class ImportController
{
public:
    explicit ImportController(const ServerContext &context);
    void registerRoutes(Router &router);

    Reply importFile(ApiRequest &request);
    Reply listImports(ApiRequest &request);
    Reply undoImport(ApiRequest &request);
    // GET /export?format=letterboxd|json|csv: a file of the caller's own data.
    Reply exportData(ApiRequest &request);

private:
    ServerContext m_ctx;
};
