// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeasuredEvidence.h"
#include "core/Recommender.h"
#include "core/Workload.h"
#include "db/CatalogTypes.h"

#include <QAbstractTableModel>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace localrig::ui {

// The recommender's ranked machines: one row per platform, in the core's order.
class RankedMachinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankedMachinesModel)

public:
    // Why is last: it is the one column of prose, and takes what width is left.
    enum Column { Rank, Machine, Price, Memory, Verdict, Decode, FirstToken, BreakEven, Why, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit RankedMachinesModel(QObject* parent = nullptr);

    void setRecommendation(const core::Recommendation& recommendation);
    // The same, and where a published measurement exists for the machine's limiting workload at its
    // quantization and (nearly) its context, the decode cell shows it as measured, the band in the tooltip.
    void setRecommendation(const core::Recommendation& recommendation, const core::WorkloadPlan& plan,
                           const std::vector<db::MeasurementEntry>& measurements);
    // Machines whose published runs disagree with the estimate (MeasuredEvidence): a marker after the reason and the
    // sentence in its tooltip, by platform id.
    void setDisagreements(std::map<std::string, MeasuredEvidence::Disagreement> byPlatform);
    // Prices that only the guide states are shown as approximate.
    void setGuideOnlyPrices(std::set<std::string> platformIds);
    void clear();
    const core::PlatformAssessment* assessment(int row) const;
    const db::MeasurementEntry* measured(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const core::PlatformAssessment& assessment, int row, int column) const;
    QVariant sortValue(const core::PlatformAssessment& assessment, int row, int column) const;

    std::vector<core::PlatformAssessment> m_rows;
    std::vector<std::optional<db::MeasurementEntry>> m_measured; // per row, same order
    std::set<std::string> m_guideOnlyPrices;
    std::map<std::string, QString> m_modelNames; // model id -> display name, from the plan
    std::map<std::string, MeasuredEvidence::Disagreement> m_disagreements; // by platform id
};

} // namespace localrig::ui
