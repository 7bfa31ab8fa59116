// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RankedMachinesModel.h"

#include "MeasuredSpeedText.h"
#include "Wording.h"
#include "core/Units.h"
#include "db/MeasurementMatch.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace localrig::ui {

RankedMachinesModel::RankedMachinesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RankedMachinesModel::setRecommendation(const core::Recommendation& recommendation)
{
    beginResetModel();
    m_rows = recommendation.ranked;
    m_measured.assign(m_rows.size(), std::nullopt);
    endResetModel();
}

void RankedMachinesModel::setRecommendation(const core::Recommendation& recommendation, const core::WorkloadPlan& plan,
                                            const std::vector<db::MeasurementEntry>& measurements)
{
    beginResetModel();
    m_rows = recommendation.ranked;
    m_measured.assign(m_rows.size(), std::nullopt);
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        const core::PlatformAssessment& a = m_rows[row];
        if (a.models.empty()) {
            continue;
        }
        const auto need = std::find_if(plan.needs.begin(), plan.needs.end(), [&](const core::ModelNeed& n) {
            return n.model.id == a.models.front().modelId;
        });
        if (need == plan.needs.end()) {
            continue;
        }
        const db::MeasurementQuery query{QString::fromStdString(need->model.id), QString::fromStdString(need->quant.id),
                                         QString::fromStdString(a.platform.id), a.platform.backend,
                                         plan.scenario.contextTokens};
        if (const db::MeasurementEntry* found = db::findMeasurement(measurements, query)) {
            m_measured[row] = *found;
        }
    }
    endResetModel();
}

void RankedMachinesModel::setGuideOnlyPrices(std::set<std::string> platformIds)
{
    beginResetModel();
    m_guideOnlyPrices = std::move(platformIds);
    endResetModel();
}

void RankedMachinesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_measured.clear();
    endResetModel();
}

const db::MeasurementEntry* RankedMachinesModel::measured(int row) const
{
    return row >= 0 && row < static_cast<int>(m_measured.size()) && m_measured[static_cast<std::size_t>(row)]
        ? &*m_measured[static_cast<std::size_t>(row)]
        : nullptr;
}

const core::PlatformAssessment* RankedMachinesModel::assessment(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int RankedMachinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RankedMachinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

core::FitVerdict RankedMachinesModel::worstVerdict(const core::PlatformAssessment& assessment)
{
    core::FitVerdict worst = core::FitVerdict::Comfortable;
    bool any = false;
    for (const core::ModelOnPlatform& model : assessment.models) {
        // Enum order runs from best to worst within each memory kind.
        if (!any || static_cast<int>(model.fit.verdict) > static_cast<int>(worst)) {
            worst = model.fit.verdict;
            any = true;
        }
    }
    return worst;
}

QVariant RankedMachinesModel::display(const core::PlatformAssessment& a, int row, int column) const
{
    const core::Platform& p = a.platform;
    switch (column) {
    case Rank:
        return QLocale().toString(row + 1);
    case Machine:
        return QString::fromStdString(p.name);
    case Price:
        if (!p.priceUsd) {
            return tr("no price");
        }
        return m_guideOnlyPrices.count(p.id) ? tr("~%1 (guide)").arg(Wording::money(*p.priceUsd))
                                             : Wording::money(*p.priceUsd);
    case Memory:
        return p.memoryKind == core::MemoryKind::Discrete
            ? tr("%1 VRAM").arg(Wording::gigabytes(core::gibToBytes(p.vramGiB)))
            : Wording::gigabytes(core::gibToBytes(p.memoryGiB));
    case Verdict:
        return a.excluded ? tr("Excluded") : Wording::verdict(worstVerdict(a));
    case Decode:
        if (const db::MeasurementEntry* m = measured(row)) {
            return MeasuredSpeedText::cell(*m, p.backend);
        }
        if (a.models.empty() || a.models.front().fit.verdict == core::FitVerdict::WontFit) {
            return tr("—");
        }
        return Wording::speedBand(a.models.front().speed.decodeTps);
    case BreakEven: {
        // Only meaningful against an API spend; the core gives a break-even reason only then.
        const bool compared = std::any_of(a.reasons.begin(), a.reasons.end(), [](const core::Reason& r) {
            return r.code == core::ReasonCode::BreakEven || r.code == core::ReasonCode::NeverBreaksEven;
        });
        return compared ? Wording::month(a.breakEvenMonth) : tr("—");
    }
    default:
        return {};
    }
}

QVariant RankedMachinesModel::sortValue(const core::PlatformAssessment& a, int row, int column) const
{
    switch (column) {
    case Rank:
        return row;
    case Price:
        return a.platform.priceUsd.value_or(1e18);
    case Memory:
        return a.platform.memoryKind == core::MemoryKind::Discrete ? a.platform.vramGiB : a.platform.memoryGiB;
    case Verdict:
        return static_cast<int>(worstVerdict(a));
    case Decode:
        if (const db::MeasurementEntry* m = measured(row)) {
            return m->decodeTps;
        }
        return a.models.empty() ? 0.0 : a.models.front().speed.decodeTps.expected;
    case BreakEven:
        return a.breakEvenMonth.value_or(100000);
    default:
        return display(a, row, column);
    }
}

QVariant RankedMachinesModel::data(const QModelIndex& index, int role) const
{
    const core::PlatformAssessment* a = assessment(index.row());
    if (!a || index.column() >= ColumnCount) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*a, index.row(), index.column());
    case SortRole:
        return sortValue(*a, index.row(), index.column());
    case Qt::ForegroundRole:
        if (index.column() == Verdict && !a->excluded) {
            const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
            return Wording::verdictColor(worstVerdict(*a), dark);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Verdict || (index.row() == 0 && a->meetsNeeds)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == Decode) {
            if (const db::MeasurementEntry* m = measured(index.row())) {
                const bool runs = !a->models.empty() && a->models.front().fit.verdict != core::FitVerdict::WontFit;
                return MeasuredSpeedText::tooltip(
                    *m, a->platform.backend,
                    runs ? std::optional<core::SpeedBand>(a->models.front().speed.decodeTps) : std::nullopt);
            }
        }
        QStringList lines;
        for (const core::Reason& reason : a->reasons) {
            lines.append(Wording::reason(reason));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Rank || index.column() == Price || index.column() == Memory) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant RankedMachinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Rank:
        return tr("#");
    case Machine:
        return tr("Machine");
    case Price:
        return tr("Price");
    case Memory:
        return tr("Memory");
    case Verdict:
        return tr("Fit");
    case Decode:
        return tr("Decode speed");
    case BreakEven:
        return tr("Break-even");
    default:
        return {};
    }
}

} // namespace localrig::ui
