// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "PlanCalculator.h"
#include "TierCard.h"

#include <QCoreApplication>

namespace localrig::ui {

// Words and figures of the recommended tier card, from the core's result (shared by the Plan page,
// the Compare page's four cards and the PDF report).
class TierCardBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TierCardBuilder)

public:
    static TierCardContent recommended(const PlanResult& result, const CatalogData& catalog);
    static TierCardContent forTier(const core::TierSpec& tier, const CatalogData& catalog, bool emphasised);
    static QString range(const core::TierSpec& tier);

private:
    // "Buy this: <machine> — <price>" and its speed, first token, verdict and break-even.
    static void fillAnswer(TierCardContent& content, const PlanResult& result, const CatalogData& catalog);
    // One line per workload: model, context x agents, memory.
    static QStringList workloadLines(const PlanResult& result, const CatalogData& catalog);
};

} // namespace localrig::ui
