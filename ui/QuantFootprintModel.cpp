// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuantFootprintModel.h"

#include "BuyerWording.h"
#include "Wording.h"

#include <QLocale>

#include <algorithm>

namespace localrig::ui {

namespace {

constexpr const char* kDefaultQuantId = "q4_k_m";

} // namespace

core::BuyerVerdict QuantFootprintModel::runVerdict(const core::FitResult& fit, std::optional<double> decodeTps,
                                                   std::optional<double> firstTokenSeconds)
{
    const core::VerdictThresholds lines;
    if (!fit.meetsHeadroom() && fit.verdict != core::FitVerdict::PartialOffload) {
        return core::BuyerVerdict::TooLarge;
    }
    if ((decodeTps && *decodeTps < lines.minDecodeTps)
        || (firstTokenSeconds && *firstTokenSeconds > lines.slowFirstTokenSeconds)) {
        return core::BuyerVerdict::Slow;
    }
    const bool quickFirstToken = !firstTokenSeconds || *firstTokenSeconds <= lines.greatFirstTokenSeconds;
    if (fit.meetsHeadroom() && decodeTps && *decodeTps >= lines.greatDecodeTps() && quickFirstToken) {
        return core::BuyerVerdict::Great;
    }
    return core::BuyerVerdict::Good;
}

QString QuantFootprintModel::runVerdictText(core::BuyerVerdict verdict, const core::FitResult& fit)
{
    return tr("%1 · %2", "verdict · memory fit").arg(BuyerWording::verdict(verdict), Wording::verdict(fit.verdict));
}

QString QuantFootprintModel::runVerdictToolTip(core::BuyerVerdict verdict, const core::FitResult& fit,
                                               double needsBytes, std::optional<double> decodeTps)
{
    const core::VerdictThresholds lines;
    const QString memory = tr("Memory: needs %1; stays under %2 on this machine.")
                               .arg(Wording::gigabytes(needsBytes), Wording::gigabytes(fit.comfortableLimitBytes));
    if (!decodeTps) {
        return memory + QLatin1Char('\n') + tr("Speed: no estimate, so the fit alone decides.");
    }
    const QString speed = Wording::tokensPerSecond(*decodeTps);
    switch (verdict) {
    case core::BuyerVerdict::Great:
        return memory + QLatin1Char('\n')
            + tr("Speed: %1, at least twice reading speed (%2).")
                  .arg(speed, Wording::tokensPerSecond(lines.greatDecodeTps()));
    case core::BuyerVerdict::Slow:
        return memory + QLatin1Char('\n')
            + tr("Speed: %1, under the %2 a session needs to feel responsive, or the first token takes too long.")
                  .arg(speed, Wording::tokensPerSecond(lines.minDecodeTps));
    case core::BuyerVerdict::Good:
    case core::BuyerVerdict::TooLarge:
        break;
    }
    return memory + QLatin1Char('\n')
        + tr("Speed: %1, at or above the %2 minimum.").arg(speed, Wording::tokensPerSecond(lines.minDecodeTps));
}

QuantFootprintModel::QuantFootprintModel(QObject* parent)
    : CatalogTableModel(ColumnCount, {BitsPerWeight, Weights, KvCache, Total}, parent)
{ }

const core::Quantization* QuantFootprintModel::defaultQuant(const std::vector<core::Quantization>& quants)
{
    const auto it = std::find_if(quants.begin(), quants.end(),
                                 [](const core::Quantization& q) { return q.id == kDefaultQuantId; });
    if (it != quants.end()) {
        return &*it;
    }
    return quants.empty() ? nullptr : &quants.front();
}

void QuantFootprintModel::show(const core::ModelSpec& model, const CatalogData& catalog, const ModelDisplayInfo& info,
                               const core::Scenario& scenario)
{
    beginResetModel();
    m_rows.clear();
    m_scenario = scenario;
    const auto provenance = catalog.modelProvenance.find(model.id);
    m_modelSource = provenance == catalog.modelProvenance.end() ? Provenance{} : provenance->second;
    for (const core::Quantization& quant : catalog.quants) {
        Row row;
        row.quant = quant;
        const std::optional<double> fileBytes = catalog.measuredFileBytes(model.id, quant.id);
        row.measured = fileBytes.has_value();
        if (const auto source = info.measuredFileSource.find(quant.id); source != info.measuredFileSource.end()) {
            row.measuredSource = source->second;
        }
        auto memory = core::estimateMemory(model, quant, scenario, {}, fileBytes);
        if (memory) {
            row.memory = memory.value();
        } else {
            row.error = Wording::error(memory.error());
        }
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

void QuantFootprintModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const core::Quantization* QuantFootprintModel::quantAt(int row) const
{
    return hasRow(row) ? &rowAt(row).quant : nullptr;
}

const core::MemoryBreakdown* QuantFootprintModel::memoryAt(int row) const
{
    return hasRow(row) && rowAt(row).memory ? &*rowAt(row).memory : nullptr;
}

int QuantFootprintModel::rowOf(const std::string& quantId) const
{
    return indexWhere(m_rows, [&](const Row& r) { return r.quant.id == quantId; });
}

int QuantFootprintModel::rows() const
{
    return static_cast<int>(m_rows.size());
}

QVariant QuantFootprintModel::display(int r, int column) const
{
    const Row& row = rowAt(r);
    const core::MemoryBreakdown* memory = row.memory ? &*row.memory : nullptr;
    switch (column) {
    case Quant:
        return QString::fromStdString(row.quant.name);
    case BitsPerWeight:
        return QLocale().toString(row.quant.bitsPerWeight, 'f', 2);
    case Weights:
        return memory ? Wording::gigabytes(memory->weightsBytes) : tr("—");
    case Basis:
        return row.measured ? tr("measured") : tr("estimate");
    case KvCache:
        return memory ? Wording::gigabytes(memory->kvCacheBytes + memory->fixedStateBytes) : tr("—");
    case Total:
        return memory ? Wording::gigabytes(memory->totalBytes) : tr("—");
    default:
        return {};
    }
}

QVariant QuantFootprintModel::sortValue(int r, int column) const
{
    const Row& row = rowAt(r);
    const core::MemoryBreakdown* memory = row.memory ? &*row.memory : nullptr;
    switch (column) {
    case BitsPerWeight:
        return row.quant.bitsPerWeight;
    case Weights:
        return memory ? QVariant(memory->weightsBytes) : QVariant();
    case KvCache:
        return memory ? QVariant(memory->kvCacheBytes + memory->fixedStateBytes) : QVariant();
    case Total:
        return memory ? QVariant(memory->totalBytes) : QVariant();
    default:
        return display(r, column);
    }
}

QString QuantFootprintModel::toolTip(int r, int column) const
{
    const Row& row = rowAt(r);
    if (!row.memory) {
        return row.error;
    }
    const core::MemoryBreakdown& memory = *row.memory;
    const QString context = Wording::contextTokens(m_scenario.contextTokens);
    switch (column) {
    case BitsPerWeight:
        return tr("Effective bits per weight, scales and mixed tensors included.");
    case Weights:
    case Basis:
        if (row.measured) {
            return tr("Measured file size of the %1 download.\n%2")
                .arg(QString::fromStdString(row.quant.name), sourceText(row.measuredSource));
        }
        return tr("Estimated: total parameters × %1 bits per weight ÷ 8.\nParameters: %2")
            .arg(QLocale().toString(row.quant.bitsPerWeight, 'f', 2), sourceText(m_modelSource));
    case KvCache:
        return tr("KV cache at %1, sessions at once: %2; plus any fixed attention state (%3).")
            .arg(context, QLocale().toString(m_scenario.sessions), Wording::gigabytes(memory.fixedStateBytes));
    case Total:
        return tr("Weights %1 + KV cache and state %2 + runtime and buffers %3, at %4.")
            .arg(Wording::gigabytes(memory.weightsBytes),
                 Wording::gigabytes(memory.kvCacheBytes + memory.fixedStateBytes),
                 Wording::gigabytes(memory.overheadBytes), context);
    default:
        return {};
    }
}

QString QuantFootprintModel::headerText(int section) const
{
    switch (section) {
    case Quant:
        return tr("Quantization");
    case BitsPerWeight:
        return tr("Bits/weight");
    case Weights:
        return tr("Weights");
    case Basis:
        return tr("Basis");
    case KvCache:
        return tr("KV cache");
    case Total:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace localrig::ui
