// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogTypes.h"
#include "core/Result.h"

#include <QString>

namespace localrig::db {

// articles/<slug>.md: header lines `title:`, `category:`, `order:`, `source:`, `source_date:` (and
// optionally `confirmed:`), a blank line, then the Markdown body. Errors read "file:line: field: reason".
Result<ArticleEntry> parseArticle(const QString& text, const QString& fileName);

} // namespace localrig::db
