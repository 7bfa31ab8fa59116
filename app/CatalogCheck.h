// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/CatalogAudit.h"

#include <QCoreApplication>
#include <QTextStream>

namespace localrig::app {

// Prints `localrig catalog check`: counts first (stale, missing, guide-only, disagreements, non-vendor
// sources), then one line per finding grouped by kind; or the same as JSON.
class CatalogCheck final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCheck)

public:
    static void printText(const db::AuditReport& report, QTextStream& out);
    static void printJson(const db::AuditReport& report, QTextStream& out);
};

} // namespace localrig::app
