// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelCatalogModel.h"

#include "QuantFootprintModel.h"
#include "Wording.h"
#include "core/Units.h"

#include <QLocale>

#include <algorithm>

namespace localrig::ui {

namespace {

QString orDash(const QString& text)
{
    return text.isEmpty() ? ModelCatalogModel::tr("—") : text;
}

QString billions(double params)
{
    return ModelCatalogModel::tr("%1 B").arg(QLocale().toString(params / core::kParamsPerBillion, 'f', 1));
}

} // namespace

ModelCatalogModel::ModelCatalogModel(QObject* parent)
    : CatalogTableModel(ColumnCount, {TotalParams, ActiveParams, NativeContext, Footprint}, parent)
{ }

void ModelCatalogModel::setCatalog(const CatalogData& catalog, const ModelDisplayInfoMap& info)
{
    beginResetModel();
    m_rows.clear();
    const core::Quantization* quant = QuantFootprintModel::defaultQuant(catalog.quants);
    m_quant = quant ? std::optional<core::Quantization>(*quant) : std::nullopt;
    for (const core::ModelSpec& spec : catalog.models) {
        Row row;
        row.spec = spec;
        if (const auto it = info.find(spec.id); it != info.end()) {
            row.info = it->second;
        }
        if (const auto it = catalog.modelProvenance.find(spec.id); it != catalog.modelProvenance.end()) {
            row.source = it->second;
        }
        if (m_quant) {
            row.measuredBytes = catalog.measuredFileBytes(spec.id, m_quant->id);
        }
        m_rows.push_back(std::move(row));
    }
    for (const core::GenerationModel& generation : catalog.generationModels) {
        Row row;
        row.spec.id = generation.id;
        row.spec.name = generation.name;
        for (const core::GenerationComponent& component : generation.components) {
            row.spec.totalParams += component.paramsB * core::kParamsPerBillion;
        }
        row.spec.activeParams = row.spec.totalParams;
        row.kind = generation.kind;
        row.generation = generation;
        m_rows.push_back(std::move(row));
    }
    computeFootprints();
    endResetModel();
}

void ModelCatalogModel::setScenario(const core::Scenario& scenario)
{
    m_scenario = scenario;
    computeFootprints();
    if (!m_rows.empty()) {
        emit dataChanged(index(0, Footprint), index(rowCount() - 1, Footprint));
    }
}

void ModelCatalogModel::computeFootprints()
{
    for (Row& row : m_rows) {
        row.footprint.reset();
        row.error.clear();
        if (row.generation) {
            // Every component resident at its published precision (core/GenerationModel.h); no context or KV cache.
            auto footprint = core::generationFootprint(*row.generation);
            if (footprint) {
                core::MemoryBreakdown memory;
                memory.weightsBytes = footprint.value().componentBytes;
                memory.overheadBytes = footprint.value().overheadBytes;
                memory.totalBytes = footprint.value().totalBytes;
                memory.weightsFromFile = true;
                row.footprint = memory;
            } else {
                row.error = Wording::error(footprint.error());
            }
            continue;
        }
        if (!m_quant) {
            row.error = tr("The catalog holds no quantization to size the model with.");
            continue;
        }
        auto memory = core::estimateMemory(row.spec, *m_quant, m_scenario, {}, row.measuredBytes);
        if (memory) {
            row.footprint = memory.value();
        } else {
            row.error = Wording::error(memory.error());
        }
    }
}

const core::ModelSpec* ModelCatalogModel::modelAt(int row) const
{
    return hasRow(row) ? &rowAt(row).spec : nullptr;
}

const core::MemoryBreakdown* ModelCatalogModel::footprintAt(int row) const
{
    return hasRow(row) && rowAt(row).footprint ? &*rowAt(row).footprint : nullptr;
}

const ModelDisplayInfo& ModelCatalogModel::infoAt(int row) const
{
    static const ModelDisplayInfo empty;
    return hasRow(row) ? rowAt(row).info : empty;
}

core::ModelKind ModelCatalogModel::kindAt(int row) const
{
    return hasRow(row) ? rowAt(row).kind : core::ModelKind::Text;
}

int ModelCatalogModel::rowOf(const std::string& modelId) const
{
    return indexWhere(m_rows, [&](const Row& r) { return r.spec.id == modelId; });
}

int ModelCatalogModel::rows() const
{
    return static_cast<int>(m_rows.size());
}

QVariant ModelCatalogModel::display(int r, int column) const
{
    const Row& row = rowAt(r);
    const core::ModelSpec& spec = row.spec;
    switch (column) {
    case Name:
        return QString::fromStdString(spec.name);
    case Family:
        return orDash(QString::fromStdString(spec.family));
    case Developer:
        return orDash(row.info.developer);
    case TotalParams:
        return billions(spec.totalParams);
    case ActiveParams:
        if (row.generation) {
            return tr("—");
        }
        return spec.isMixtureOfExperts() ? billions(spec.activeParams) : tr("all (dense)");
    case NativeContext:
        return spec.nativeContext > 0 ? Wording::contextTokens(spec.nativeContext) : tr("—");
    case Footprint:
        return row.footprint ? Wording::gigabytes(row.footprint->totalBytes) : tr("—");
    case Released:
        return orDash(row.info.releaseDate);
    case Kind:
        return row.kind == core::ModelKind::VideoGeneration ? tr("Video generation")
            : row.kind == core::ModelKind::ImageGeneration  ? tr("Image generation")
                                                            : tr("Text");
    default:
        return {};
    }
}

QVariant ModelCatalogModel::sortValue(int r, int column) const
{
    const Row& row = rowAt(r);
    switch (column) {
    case TotalParams:
        return row.spec.totalParams;
    case ActiveParams:
        return row.spec.activeParams;
    case NativeContext:
        return row.spec.nativeContext > 0 ? QVariant(row.spec.nativeContext) : QVariant();
    case Footprint:
        return row.footprint ? QVariant(row.footprint->totalBytes) : QVariant();
    case Released:
        return row.info.releaseDate.isEmpty() ? QVariant() : QVariant(row.info.releaseDate);
    default:
        return display(r, column);
    }
}

QString ModelCatalogModel::toolTip(int r, int column) const
{
    const Row& row = rowAt(r);
    switch (column) {
    case Footprint: {
        if (!row.footprint) {
            return row.error;
        }
        const core::MemoryBreakdown& m = *row.footprint;
        if (row.generation) {
            return tr("Every component resident at its published precision: %1 (transformer or UNet, text "
                      "encoders, VAE). Activation memory is not sourced, so this is a lower bound. Seconds per "
                      "image or per video second: not estimated unless a measurement was published.")
                .arg(Wording::gigabytes(m.totalBytes));
        }
        QString text
            = tr("%1 at %2: weights %3 + KV cache and state %4 + runtime %5.")
                  .arg(QString::fromStdString(m_quant ? m_quant->name : std::string()),
                       Wording::contextTokens(m_scenario.contextTokens), Wording::gigabytes(m.weightsBytes),
                       Wording::gigabytes(m.kvCacheBytes + m.fixedStateBytes), Wording::gigabytes(m.overheadBytes));
        if (m_scenario.sessions > 1) {
            text += QLatin1Char('\n') + tr("KV cache for %1 parallel sessions.").arg(m_scenario.sessions);
        }
        if (m.weightsFromFile) {
            text += QLatin1Char('\n') + tr("Weights are the measured file size.");
        }
        return text;
    }
    case ActiveParams:
        if (row.spec.isMixtureOfExperts()) {
            return tr("Mixture of experts: all %1 set the memory, the %2 read per token set the speed.\n%3")
                .arg(billions(row.spec.totalParams), billions(row.spec.activeParams), sourceText(row.source));
        }
        return sourceText(row.source);
    case Name:
        return QString::fromStdString(row.spec.name) + QLatin1Char('\n') + sourceText(row.source);
    case Developer:
        return row.info.developer;
    case TotalParams:
    case NativeContext:
        return sourceText(row.source);
    default:
        return {};
    }
}

QString ModelCatalogModel::headerToolTip(int section) const
{
    if (section != Footprint) {
        return {};
    }
    return tr("Memory the model needs at %1 and the context chosen above: weights, KV cache and runtime.")
        .arg(QString::fromStdString(m_quant ? m_quant->name : std::string()));
}

QString ModelCatalogModel::headerText(int section) const
{
    switch (section) {
    case Name:
        return tr("Model");
    case Family:
        return tr("Family");
    case Developer:
        return tr("Developer");
    case TotalParams:
        return tr("Parameters");
    case ActiveParams:
        return tr("Active");
    case NativeContext:
        return tr("Context");
    case Footprint:
        return tr("Needs (%1)").arg(QString::fromStdString(m_quant ? m_quant->name : std::string()));
    case Released:
        return tr("Released");
    case Kind:
        return tr("Kind");
    default:
        return {};
    }
}

} // namespace localrig::ui
