// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserDataCells.h"

#include "EntryTextColumns.h"
#include "core/Enums.h"
#include "core/Units.h"

namespace localrig::db {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

QString knownNumber(double value)
{
    return value > 0.0 ? number(value) : QString();
}

QString knownInt(int value)
{
    return value > 0 ? QString::number(value) : QString();
}

QString optionalNumber(const std::optional<double>& value)
{
    return value ? number(*value) : QString();
}

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

void addSource(Cells& cells, const SourceInfo& source)
{
    cells.insert(QStringLiteral("confirmed"), confirmationName(source.confirmation));
    cells.insert(QStringLiteral("source"), source.source);
    cells.insert(QStringLiteral("source_date"), source.sourceDate);
    cells.insert(QStringLiteral("notes"), source.notes);
}

template <class Entry, std::size_t N>
void addText(Cells& cells, const std::array<TextColumn<Entry>, N>& columns, const Entry& entry)
{
    for (const auto& [column, member] : columns) {
        cells.insert(QLatin1String(column), entry.*member);
    }
}

} // namespace

Cells platformCells(const PlatformEntry& entry)
{
    const core::Platform& p = entry.platform;
    Cells cells{
        {QStringLiteral("id"), fromStd(p.id)},
        {QStringLiteral("name"), fromStd(p.name)},
        {QStringLiteral("vendor"), fromStd(p.vendor)},
        {QStringLiteral("form_factor"), fromStd(p.formFactor)},
        {QStringLiteral("memory_kind"), fromStd(core::toString(p.memoryKind))},
        {QStringLiteral("backend"), fromStd(core::toString(p.backend))},
        {QStringLiteral("memory_gb"), number(p.memoryGiB)},
        {QStringLiteral("vram_gb"), knownNumber(p.vramGiB)},
        {QStringLiteral("bandwidth_gbs"), number(p.bandwidthGBs)},
        {QStringLiteral("system_bandwidth_gbs"), knownNumber(p.systemBandwidthGBs)},
        {QStringLiteral("gpu_limit_gb"), optionalNumber(p.gpuLimitGiB)},
        {QStringLiteral("fp16_tflops"), optionalNumber(p.fp16Tflops)},
        {QStringLiteral("load_watts"), knownNumber(p.loadWatts)},
        {QStringLiteral("idle_watts"), knownNumber(p.idleWatts)},
        {QStringLiteral("os"), fromStd(p.os)},
        {QStringLiteral("portable"), p.portable ? QStringLiteral("1") : QStringLiteral("0")},
    };
    addText(cells, kPlatformTextColumns, entry);
    addSource(cells, entry.source);
    return cells;
}

Cells modelCells(const ModelEntry& entry)
{
    const core::ModelSpec& m = entry.spec;
    Cells cells{
        {QStringLiteral("id"), fromStd(m.id)},
        {QStringLiteral("name"), fromStd(m.name)},
        {QStringLiteral("family"), fromStd(m.family)},
        {QStringLiteral("total_params_b"), number(m.totalParams / core::kParamsPerBillion)},
        {QStringLiteral("active_params_b"), number(m.activeParams / core::kParamsPerBillion)},
        {QStringLiteral("attention_kind"), fromStd(core::toString(m.attention))},
        {QStringLiteral("hidden_size"), knownInt(entry.hiddenSize)},
        {QStringLiteral("attention_heads"), knownInt(m.attentionHeads)},
        {QStringLiteral("linear_state_bytes"), knownNumber(m.fixedStateBytes)},
        {QStringLiteral("experts_routed"), m.routing ? QString::number(m.routing->routedExperts) : QString()},
        {QStringLiteral("experts_active"), m.routing ? QString::number(m.routing->activeExperts) : QString()},
        {QStringLiteral("native_context"), knownInt(m.nativeContext)},
        {QStringLiteral("max_context"), knownInt(entry.maxContext)},
    };
    addText(cells, kModelTextColumns, entry);
    addSource(cells, entry.source);
    return cells;
}

Cells kvGroupCells(const QString& modelId, const core::KvLayerGroup& group, const SourceInfo& source)
{
    Cells cells{
        {QStringLiteral("model_id"), modelId},
        {QStringLiteral("layers"), QString::number(group.layers)},
        {QStringLiteral("kv_heads"), QString::number(group.kvHeads)},
        {QStringLiteral("head_dim"), QString::number(group.headDim)},
        {QStringLiteral("window"), QString::number(group.window)},
        {QStringLiteral("single_tensor"), group.singleTensor ? QStringLiteral("1") : QStringLiteral("0")},
    };
    addSource(cells, source);
    cells.insert(QStringLiteral("notes"), QString());
    return cells;
}

Cells priceCells(const PricePoint& price)
{
    Cells cells{
        {QStringLiteral("platform_id"), price.platformId},
        {QStringLiteral("usd"), number(price.usd)},
        {QStringLiteral("price_date"), price.date},
        {QStringLiteral("kind"), price.kind},
    };
    addSource(cells, price.source);
    return cells;
}

} // namespace localrig::db
