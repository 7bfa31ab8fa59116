// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace localrig::ui {

// The detail of a core or db error in the user's language. The core keeps English diagnostics for the CLI
// and logs (STYLE.md §9); this maps the texts it is known to write: every fixed detail, and the shapes it
// composes (a field out of its range, an unknown workload, a name not in the catalog, a model that does not
// fit). A detail of any other shape (a file's own I/O or SQLite message, a row of an imported file, a GGUF
// header) is returned as the core wrote it.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString detail(const std::string& detail);
    // True when detail() has a translation-table entry or pattern for it (tests and the report list).
    static bool isKnown(const std::string& detail);
};

} // namespace localrig::ui
