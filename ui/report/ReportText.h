// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/CatalogData.h"
#include "ui/PlanCalculator.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace localrig::ui {

// The report's worded parts that are not tables or charts: the inputs, the assumptions and formulas with
// their sources, the sources of the catalog figures, and the guide's disclaimer.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    using Row = QPair<QString, QString>; // label, value

    static QList<Row> inputs(const PlanInputs& inputs, const PlanResult& result, const CatalogData& catalog);
    // One line per formula, each ending with its source.
    static QStringList assumptions(const PlanResult& result);
    // The sources of the figures the report shows, catalog rows first.
    static QStringList sources(const PlanResult& result, const CatalogData& catalog);
    static QString disclaimer();
};

} // namespace localrig::ui
