// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowWriter.h"

#include "Sql.h"
#include "core/Enums.h"
#include "core/Fit.h"
#include "core/Units.h"

#include <QDate>

namespace localrig::db {

namespace {

QVariant optional(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant unknownIfZero(double value)
{
    return value > 0.0 ? QVariant(value) : QVariant();
}

QVariant unknownIfZero(int value)
{
    return value > 0 ? QVariant(value) : QVariant();
}

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

Error withId(const std::string& id, const Error& error)
{
    return makeError(error.code, "'" + id + "': " + error.detail);
}

} // namespace

SourceInfo userSource(SourceInfo source)
{
    if (source.source.trimmed().isEmpty()) {
        source.source = QStringLiteral("user");
    }
    if (source.sourceDate.trimmed().isEmpty()) {
        source.sourceDate = QDate::currentDate().toString(Qt::ISODate);
    }
    return source;
}

Result<void> writePlatform(const QSqlDatabase& database, const PlatformEntry& entry)
{
    const core::Platform& p = entry.platform;
    if (p.id.empty() || p.name.empty()) {
        return makeError(ErrorCode::InvalidInput, "a platform needs an id and a name");
    }
    auto valid = core::validated(p);
    if (!valid) {
        return withId(p.id, valid.error());
    }
    const SourceInfo source = userSource(entry.source);
    return sql::execute(
        database,
        QStringLiteral("INSERT OR REPLACE INTO platform (id, name, vendor, form_factor, memory_kind, backend, "
                       "memory_gb, vram_gb, bandwidth_gbs, system_bandwidth_gbs, gpu_limit_gb, fp16_tflops, "
                       "fp16_definition, load_watts, idle_watts, os, software_stacks, portable, release_date, "
                       "guide_claim, guide_check, confirmed, source, source_date, notes) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {fromStd(p.id),
         fromStd(p.name),
         fromStd(p.vendor),
         fromStd(p.formFactor),
         fromStd(core::toString(p.memoryKind)),
         fromStd(core::toString(p.backend)),
         p.memoryGiB,
         unknownIfZero(p.vramGiB),
         p.bandwidthGBs,
         unknownIfZero(p.systemBandwidthGBs),
         optional(p.gpuLimitGiB),
         optional(p.fp16Tflops),
         entry.fp16Definition,
         unknownIfZero(p.loadWatts),
         unknownIfZero(p.idleWatts),
         fromStd(p.os),
         entry.softwareStacks,
         p.portable ? 1 : 0,
         entry.releaseDate,
         entry.guideClaim,
         entry.guideCheck,
         confirmationName(source.confirmation),
         source.source,
         source.sourceDate,
         source.notes});
}

Result<void> writeModel(const QSqlDatabase& database, const ModelEntry& entry)
{
    const core::ModelSpec& m = entry.spec;
    if (m.id.empty() || m.name.empty()) {
        return makeError(ErrorCode::InvalidInput, "a model needs an id and a name");
    }
    core::ModelSpec checked = m;
    if (checked.kvGroups.empty() && checked.fixedStateBytes <= 0.0 && !entry.relativeOf.isEmpty()) {
        checked.kvGroups = core::gqaLayers(1, 1, 1); // the layout comes from the relative when merged
    }
    auto valid = core::validated(checked);
    if (!valid) {
        return withId(m.id, valid.error());
    }
    const SourceInfo source = userSource(entry.source);
    const bool singleGqa = m.kvGroups.size() == 1 && m.kvGroups.front().window == 0 && !m.kvGroups.front().singleTensor;
    int layers = m.blocks; // every block; the KV layers when the spec does not say
    for (const core::KvLayerGroup& group : m.kvGroups) {
        layers += m.blocks > 0 ? 0 : group.layers;
    }
    const QString id = fromStd(m.id);
    BOOST_OUTCOME_TRYV(sql::execute(
        database,
        QStringLiteral("INSERT OR REPLACE INTO model (id, name, family, developer, release_date, license, modalities, "
                       "relation, relative_of, total_params_b, active_params_b, attention_kind, layers, hidden_size, "
                       "attention_heads, kv_heads, head_dim, linear_state_bytes, experts_routed, experts_active, "
                       "native_context, max_context, guide_claim, guide_check, confirmed, source, source_date, notes) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id,
         fromStd(m.name),
         fromStd(m.family),
         entry.developer,
         entry.releaseDate,
         entry.license,
         entry.modalities,
         entry.relation,
         entry.relativeOf,
         m.totalParams / core::kParamsPerBillion,
         m.activeParams / core::kParamsPerBillion,
         fromStd(core::toString(m.attention)),
         unknownIfZero(layers),
         unknownIfZero(entry.hiddenSize),
         unknownIfZero(m.attentionHeads),
         singleGqa ? QVariant(m.kvGroups.front().kvHeads) : QVariant(),
         singleGqa ? QVariant(m.kvGroups.front().headDim) : QVariant(),
         unknownIfZero(m.fixedStateBytes),
         m.routing ? QVariant(m.routing->routedExperts) : QVariant(),
         m.routing ? QVariant(m.routing->activeExperts) : QVariant(),
         unknownIfZero(m.nativeContext),
         unknownIfZero(entry.maxContext),
         entry.guideClaim,
         entry.guideCheck,
         confirmationName(source.confirmation),
         source.source,
         source.sourceDate,
         source.notes}));
    BOOST_OUTCOME_TRYV(sql::execute(database, QStringLiteral("DELETE FROM model_kv_group WHERE model_id = ?"), {id}));
    int position = 0;
    for (const core::KvLayerGroup& group : m.kvGroups) {
        BOOST_OUTCOME_TRYV(sql::execute(
            database,
            QStringLiteral(
                "INSERT INTO model_kv_group (model_id, position, layers, kv_heads, head_dim, window, "
                "single_tensor, confirmed, source, source_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, position++, group.layers, group.kvHeads, group.headDim, group.window, group.singleTensor ? 1 : 0,
             confirmationName(source.confirmation), source.source, source.sourceDate, QString()}));
    }
    return outcome::success();
}

Result<void> writePrice(const QSqlDatabase& database, const PricePoint& price)
{
    if (price.platformId.isEmpty() || price.date.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, "a price needs a platform id and a date");
    }
    if (!(price.usd >= 0.0 && price.usd <= 1e7)) {
        return makeError(ErrorCode::OutOfRange, "price (USD) must be 0 to 10,000,000");
    }
    const SourceInfo source = userSource(price.source);
    return sql::execute(database,
                        QStringLiteral("INSERT OR REPLACE INTO price (platform_id, usd, price_date, kind, confirmed, "
                                       "source, source_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {price.platformId, price.usd, price.date,
                         price.kind.isEmpty() ? QStringLiteral("street") : price.kind,
                         confirmationName(source.confirmation), source.source, source.sourceDate, source.notes});
}

Result<void> writeFileSize(const QSqlDatabase& database, const FileSizeEntry& size)
{
    if (size.modelId.isEmpty() || size.quantId.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, "a file size needs a model id and a quantization id");
    }
    if (!(size.bytes >= 1.0 && size.bytes <= 1e14)) {
        return makeError(ErrorCode::OutOfRange, "a file size must be 1 byte to 100 TB");
    }
    const SourceInfo source = userSource(size.source);
    return sql::execute(database,
                        QStringLiteral("INSERT OR REPLACE INTO model_file_size (model_id, quant_id, file_bytes, "
                                       "confirmed, source, source_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {size.modelId, size.quantId, size.bytes, confirmationName(source.confirmation), source.source,
                         source.sourceDate, source.notes});
}

Result<void> writeUseCase(const QSqlDatabase& database, const UseCaseEntry& u)
{
    if (u.slug.isEmpty() || u.name.trimmed().isEmpty() || u.modelId.isEmpty() || u.quantId.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, "a workload needs a slug, a name, a model and a quantization");
    }
    if (u.contextTokens < 1 || u.contextTokens > (1 << 30) || u.sessions < 1 || u.sessions > 10000) {
        return makeError(ErrorCode::OutOfRange, "a workload needs 1 to 2^30 tokens and 1 to 10,000 sessions");
    }
    const SourceInfo source = userSource(u.source);
    return sql::execute(
        database,
        QStringLiteral("INSERT OR REPLACE INTO use_case (slug, name, description, model_id, quant_id, context_tokens, "
                       "sessions, confirmed, source, source_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {u.slug, u.name.trimmed(), u.description, u.modelId, u.quantId, u.contextTokens, u.sessions,
         confirmationName(source.confirmation), source.source, source.sourceDate, source.notes});
}

} // namespace localrig::db
