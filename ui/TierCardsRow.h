// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "PlanCalculator.h"

#include <QList>
#include <QWidget>

namespace localrig::ui {

class TierCard;

// The guide's four tiers side by side as TierCards, the one the plan falls in emphasised. Under each tier,
// how the plan's models fare on that tier's example machines (the core's fit verdicts).
class TierCardsRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierCardsRow)

public:
    explicit TierCardsRow(const CatalogData& catalog, QWidget* parent = nullptr);

    void setResult(const PlanResult& result);
    QList<TierCard*> cards() const { return m_cards; }
    QString emphasisedTierId() const { return m_emphasised; }

private:
    const CatalogData& m_catalog;
    QList<TierCard*> m_cards;
    QString m_emphasised;
};

} // namespace localrig::ui
