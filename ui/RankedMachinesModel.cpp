// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RankedMachinesModel.h"

#include "BuyerWording.h"
#include "MeasuredSpeedText.h"
#include "RunAdvice.h"
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
    m_modelNames.clear();
    for (const core::ModelNeed& need : plan.needs) {
        m_modelNames[need.model.id] = QString::fromStdString(need.model.name);
    }
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        const core::ModelOnPlatform* limiting = BuyerWording::limitingModel(m_rows[row]);
        if (!limiting) {
            continue;
        }
        const auto need = std::find_if(plan.needs.begin(), plan.needs.end(),
                                       [&](const core::ModelNeed& n) { return n.workload == limiting->workload; });
        if (need == plan.needs.end()) {
            continue;
        }
        const core::Platform& platform = m_rows[row].platform;
        const db::MeasurementQuery query{QString::fromStdString(need->model.id), QString::fromStdString(need->quant.id),
                                         QString::fromStdString(platform.id), platform.backend,
                                         limiting->contextTokens};
        if (const db::MeasurementEntry* found = db::findMeasurement(measurements, query)) {
            m_measured[row] = *found;
        }
    }
    endResetModel();
}

void RankedMachinesModel::setDisagreements(std::map<std::string, MeasuredEvidence::Disagreement> byPlatform)
{
    beginResetModel();
    m_disagreements = std::move(byPlatform);
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
    m_disagreements.clear();
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

QVariant RankedMachinesModel::display(const core::PlatformAssessment& a, int row, int column) const
{
    const core::Platform& p = a.platform;
    const core::ModelOnPlatform* limiting = BuyerWording::limitingModel(a);
    switch (column) {
    case Rank:
        return QLocale().toString(row + 1);
    case Machine: // the full name is the row's tooltip and in the details below the table
        return QString::fromStdString(p.displayShortName());
    case Price:
        // The header says the price is the complete system's; the tooltip lists its parts.
        return a.system.host && p.priceUsd && !m_guideOnlyPrices.count(p.id) && a.system.usd
            ? Wording::money(*a.system.usd)
            : BuyerWording::systemPrice(a, m_guideOnlyPrices.count(p.id) > 0);
    case Memory:
        return p.memoryKind == core::MemoryKind::Discrete
            ? tr("%1 VRAM").arg(Wording::gigabytes(core::gibToBytes(p.vramGiB)))
            : Wording::gigabytes(core::gibToBytes(p.memoryGiB));
    case Verdict:
        // A cluster of machines is an advanced setup (issue 17): the badge travels with its verdict.
        return p.boxes > 1 ? tr("%1 · advanced").arg(BuyerWording::verdict(a.verdict))
                           : BuyerWording::verdict(a.verdict);
    case Why:
        return MeasuredEvidence::markedReason(BuyerWording::rowReason(a), m_disagreements, p.id);
    case Decode:
        if (const db::MeasurementEntry* m = measured(row)) {
            return MeasuredSpeedText::tableCell(*m, p.backend);
        }
        return limiting ? BuyerWording::speedRangeNumbers(*limiting) : tr("—");
    case FirstToken:
        return limiting ? BuyerWording::firstToken(*limiting) : tr("—");
    case BreakEven:
        return BuyerWording::breakEven(a);
    default:
        return {};
    }
}

QVariant RankedMachinesModel::sortValue(const core::PlatformAssessment& a, int row, int column) const
{
    const core::ModelOnPlatform* limiting = BuyerWording::limitingModel(a);
    switch (column) {
    case Rank:
        return row;
    case Price:
        return a.system.usd.value_or(1e18);
    case Memory:
        return a.platform.memoryKind == core::MemoryKind::Discrete ? a.platform.vramGiB : a.platform.memoryGiB;
    case Verdict:
        return static_cast<int>(a.verdict);
    case Decode:
        if (const db::MeasurementEntry* m = measured(row)) {
            return m->decodeTps;
        }
        return limiting ? limiting->decodeFullTps.expected : 0.0;
    case FirstToken:
        return limiting && limiting->speed.timeToFirstTokenSeconds ? limiting->speed.timeToFirstTokenSeconds->expected
                                                                   : 1e18;
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
        if ((index.column() == Verdict || index.column() == Why) && !a->excluded) {
            const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
            return BuyerWording::verdictColor(a->verdict, dark);
        }
        if (a->excluded) {
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Verdict || (index.row() == 0 && a->qualifies())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == Decode) {
            const core::ModelOnPlatform* limiting = BuyerWording::limitingModel(*a);
            const bool runs = limiting && limiting->fit.verdict != core::FitVerdict::WontFit;
            if (const db::MeasurementEntry* m = measured(index.row())) {
                return MeasuredSpeedText::tooltip(*m, a->platform.backend,
                                                  runs ? std::optional<core::SpeedBand>(limiting->decodeFullTps)
                                                       : std::nullopt);
            }
            if (runs) {
                return tr("%1\nAt the start of a session: %2\nWith every session's context full: %3")
                    .arg(BuyerWording::speedAsItFeels(*limiting), Wording::speedBand(limiting->decodeStartTps),
                         Wording::speedBand(limiting->decodeFullTps));
            }
        }
        if (index.column() == Why) {
            if (const auto found = m_disagreements.find(a->platform.id); found != m_disagreements.end()) {
                return found->second.sentence;
            }
        }
        if (index.column() == Machine) {
            // The full name, then how the estimate assumes each model runs there (issue 17).
            QStringList lines{QString::fromStdString(a->platform.name)};
            QStringList names;
            for (const core::ModelOnPlatform& m : a->models) {
                const auto name = m_modelNames.find(m.modelId);
                names.append(name != m_modelNames.end() ? name->second : QString::fromStdString(m.modelId));
                if (const QString where = RunAdvice::placement(m); !where.isEmpty() && !lines.contains(where)) {
                    lines.append(where);
                }
            }
            if (const QString limit = RunAdvice::wiredLimit(*a); !limit.isEmpty()) {
                lines.append(limit);
            }
            lines.append(RunAdvice::commands(*a, names));
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Price && !a->system.parts.empty()) {
            QStringList parts;
            for (const core::PricePart& part : a->system.parts) {
                parts.append(tr("%1: %2").arg(QString::fromStdString(part.name), Wording::money(part.usd)));
            }
            return parts.join(QLatin1Char('\n'));
        }
        QStringList lines;
        for (const core::Reason& reason : a->reasons) {
            lines.append(Wording::reason(reason));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Rank || index.column() == Price || index.column() == Memory
            || index.column() == FirstToken) {
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
        return tr("Price\n(complete)");
    case Memory:
        return tr("Memory");
    case Verdict:
        return tr("Verdict");
    case Why:
        return tr("Why");
    case Decode:
        return tr("Decode, tokens/s\nstart → full");
    case FirstToken:
        return tr("First\ntoken");
    case BreakEven:
        return tr("Break-even");
    default:
        return {};
    }
}

} // namespace localrig::ui
