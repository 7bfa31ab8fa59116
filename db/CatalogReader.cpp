// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogReader.h"

#include "EntryTextColumns.h"
#include "Sql.h"
#include "core/Enums.h"
#include "core/Units.h"

#include <QHash>
#include <QSqlRecord>

#include <string>
#include <string_view>
#include <unordered_map>

namespace localrig::db {

namespace {

using Row = const QSqlQuery&;
using RowResult = Result<void>;

// A column's value by name. QSqlQuery::value(name) builds the row's record and compares every field name,
// for each cell; the catalog has thousands of cells. The names are looked up once per query, on its first
// row (or when another query is read, as a nested one would be).
struct NameHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
};
QVariant value(Row q, const char* column)
{
    static thread_local const QSqlQuery* query = nullptr;
    static thread_local QSqlRecord record;
    static thread_local std::unordered_map<std::string, int, NameHash, std::equal_to<>> indexes;
    if (&q != query || q.at() == 0) {
        query = &q;
        record = q.record();
        indexes.clear();
    }
    auto known = indexes.find(std::string_view(column));
    if (known == indexes.end()) {
        known = indexes.emplace(column, record.indexOf(QLatin1String(column))).first;
    }
    return known->second < 0 ? q.value(QLatin1String(column)) : q.value(known->second); // unknown: Qt's message
}
QString text(Row q, const char* column)
{
    return value(q, column).toString();
}
std::string stdText(Row q, const char* column)
{
    return text(q, column).toStdString();
}
std::optional<double> optionalReal(Row q, const char* column)
{
    const QVariant cell = value(q, column);
    return cell.isNull() ? std::nullopt : std::optional<double>(cell.toDouble());
}
double real(Row q, const char* column)
{
    return value(q, column).toDouble();
}
int integer(Row q, const char* column)
{
    return value(q, column).toInt();
}
SourceInfo sourceOf(Row q)
{
    return SourceInfo{text(q, "source"), text(q, "source_date"),
                      parseConfirmation(text(q, "confirmed")).value_or(Confirmation::Unconfirmed), text(q, "notes")};
}

// What every model and platform row carries besides its figures: its text columns, its source and whether the
// user wrote it.
template <class Entry, std::size_t N>
void readTextAndSource(Row q, const std::array<TextColumn<Entry>, N>& columns, bool user, Entry& entry)
{
    for (const auto& [column, member] : columns) {
        entry.*member = text(q, column);
    }
    entry.source = sourceOf(q);
    entry.userDefined = user;
}

template <class T>
Result<T> enumValue(Result<T> parsed, Row q, const char* table)
{
    if (!parsed) {
        return makeError(ErrorCode::CorruptCatalog,
                         std::string(table) + " '" + stdText(q, "id") + "': " + parsed.error().detail);
    }
    return parsed;
}

Result<void> readModels(const QSqlDatabase& db, bool user, CatalogData& data)
{
    QHash<QString, std::vector<core::KvLayerGroup>> groups;
    BOOST_OUTCOME_TRYV(sql::forEachRow(
        db, QStringLiteral("SELECT * FROM model_kv_group ORDER BY model_id, position"), {}, [&](Row q) -> RowResult {
            groups[text(q, "model_id")].push_back(core::KvLayerGroup{integer(q, "layers"), integer(q, "kv_heads"),
                                                                     integer(q, "head_dim"), integer(q, "window"),
                                                                     integer(q, "single_tensor") != 0});
            return outcome::success();
        }));
    QHash<QString, core::ModelTrainingDims> shapes;
    BOOST_OUTCOME_TRYV(
        sql::forEachRow(db, QStringLiteral("SELECT * FROM model_training_shape"), {}, [&](Row q) -> RowResult {
            shapes.insert(text(q, "model_id"),
                          core::ModelTrainingDims{integer(q, "hidden_size"), integer(q, "intermediate_size"),
                                                  integer(q, "vocab_size"), integer(q, "tied_embeddings") != 0});
            return outcome::success();
        }));
    return sql::forEachRow(db, QStringLiteral("SELECT * FROM model ORDER BY rowid"), {}, [&](Row q) -> RowResult {
        ModelEntry entry;
        core::ModelSpec& spec = entry.spec;
        spec.id = stdText(q, "id");
        spec.name = stdText(q, "name");
        spec.family = stdText(q, "family");
        spec.totalParams = real(q, "total_params_b") * core::kParamsPerBillion;
        spec.activeParams
            = optionalReal(q, "active_params_b").value_or(real(q, "total_params_b")) * core::kParamsPerBillion;
        BOOST_OUTCOME_TRY(attention, enumValue(core::parseAttentionKind(stdText(q, "attention_kind")), q, "model"));
        spec.attention = attention;
        spec.kvGroups = groups.value(text(q, "id"));
        const int layers = integer(q, "layers");
        spec.blocks = layers;
        const int kvHeads = integer(q, "kv_heads");
        const int headDim = integer(q, "head_dim");
        if (spec.kvGroups.empty() && layers > 0 && kvHeads > 0 && headDim > 0) {
            spec.kvGroups = core::gqaLayers(layers, kvHeads, headDim);
        }
        spec.fixedStateBytes = optionalReal(q, "linear_state_bytes").value_or(0.0);
        spec.attentionHeads = integer(q, "attention_heads");
        spec.nativeContext = integer(q, "native_context");
        if (integer(q, "experts_routed") > 0 && integer(q, "experts_active") > 0) {
            spec.routing = core::ExpertRouting{integer(q, "experts_routed"), integer(q, "experts_active")};
        }
        if (shapes.contains(text(q, "id"))) {
            spec.trainingDims = shapes.value(text(q, "id"));
        }
        entry.hiddenSize = integer(q, "hidden_size");
        entry.maxContext = integer(q, "max_context");
        readTextAndSource(q, kModelTextColumns, user, entry);
        data.models.push_back(std::move(entry));
        return outcome::success();
    });
}

Result<void> readQuantizations(const QSqlDatabase& db, bool user, CatalogData& data)
{
    return sql::forEachRow(
        db, QStringLiteral("SELECT * FROM quantization ORDER BY rowid"), {}, [&](Row q) -> RowResult {
            BOOST_OUTCOME_TRY(format, enumValue(core::parseQuantFormat(stdText(q, "format")), q, "quantization"));
            BOOST_OUTCOME_TRY(kernel, enumValue(core::parseQuantKernel(stdText(q, "kernel")), q, "quantization"));
            const core::Quantization quant{stdText(q, "id"), stdText(q, "name"), format, kernel,
                                           real(q, "bits_per_weight")};
            data.quantizations.push_back(QuantEntry{quant, sourceOf(q), user});
            return outcome::success();
        });
}

Result<void> readPlatforms(const QSqlDatabase& db, bool user, CatalogData& data)
{
    return sql::forEachRow(db, QStringLiteral("SELECT * FROM platform ORDER BY rowid"), {}, [&](Row q) -> RowResult {
        PlatformEntry entry;
        core::Platform& p = entry.platform;
        p.id = stdText(q, "id");
        p.name = stdText(q, "name");
        p.shortName = stdText(q, "short_name");
        p.vendor = stdText(q, "vendor");
        p.formFactor = stdText(q, "form_factor");
        BOOST_OUTCOME_TRY(kind, enumValue(core::parseMemoryKind(stdText(q, "memory_kind")), q, "platform"));
        BOOST_OUTCOME_TRY(backend, enumValue(core::parseBackend(stdText(q, "backend")), q, "platform"));
        p.memoryKind = kind;
        p.backend = backend;
        p.memoryGiB = real(q, "memory_gb");
        p.vramGiB = optionalReal(q, "vram_gb").value_or(0.0);
        p.bandwidthGBs = real(q, "bandwidth_gbs");
        p.systemBandwidthGBs = optionalReal(q, "system_bandwidth_gbs").value_or(0.0);
        p.gpuLimitGiB = optionalReal(q, "gpu_limit_gb");
        p.fp16Tflops = optionalReal(q, "fp16_tflops");
        p.loadWatts = optionalReal(q, "load_watts").value_or(0.0);
        p.idleWatts = optionalReal(q, "idle_watts").value_or(0.0);
        p.portable = integer(q, "portable") != 0;
        p.os = stdText(q, "os");
        entry.availability = text(q, "availability");
        readTextAndSource(q, kPlatformTextColumns, user, entry);
        data.platforms.push_back(std::move(entry));
        return outcome::success();
    });
}

Result<void> readPricesAndSizes(const QSqlDatabase& db, bool user, CatalogData& data)
{
    BOOST_OUTCOME_TRYV(
        sql::forEachRow(db, QStringLiteral("SELECT * FROM price ORDER BY rowid"), {}, [&](Row q) -> RowResult {
            data.prices.push_back(PricePoint{text(q, "platform_id"), real(q, "usd"), text(q, "price_date"),
                                             text(q, "kind"), sourceOf(q), user});
            return outcome::success();
        }));
    BOOST_OUTCOME_TRYV(
        sql::forEachRow(db, QStringLiteral("SELECT * FROM api_price ORDER BY rowid"), {}, [&](Row q) -> RowResult {
            data.apiPrices.push_back(ApiPriceEntry{
                text(q, "provider"), text(q, "model"), real(q, "input_usd_per_mtok"), real(q, "output_usd_per_mtok"),
                optionalReal(q, "cached_input_usd_per_mtok"), text(q, "price_date"), sourceOf(q)});
            return outcome::success();
        }));
    BOOST_OUTCOME_TRYV(sql::forEachRow(
        db, QStringLiteral("SELECT * FROM electricity_price ORDER BY rowid"), {}, [&](Row q) -> RowResult {
            data.electricityPrices.push_back(ElectricityPriceEntry{
                text(q, "region"), real(q, "price_per_kwh"), text(q, "currency"), text(q, "price_date"), sourceOf(q)});
            return outcome::success();
        }));
    return sql::forEachRow(db, QStringLiteral("SELECT * FROM model_file_size ORDER BY rowid"), {},
                           [&](Row q) -> RowResult {
                               data.fileSizes.push_back(FileSizeEntry{text(q, "model_id"), text(q, "quant_id"),
                                                                      real(q, "file_bytes"), sourceOf(q), user});
                               return outcome::success();
                           });
}

Result<void> readMeasurements(const QSqlDatabase& db, bool user, CatalogData& data)
{
    return sql::forEachRow(db, QStringLiteral("SELECT * FROM measurement ORDER BY rowid"), {}, [&](Row q) -> RowResult {
        const auto backend = core::parseBackend(stdText(q, "backend"));
        if (!backend) {
            return makeError(ErrorCode::CorruptCatalog,
                             "measurement of '" + stdText(q, "model_id") + "': " + backend.error().detail);
        }
        const std::optional<double> prompt = optionalReal(q, "prompt_tokens");
        data.measurements.push_back(MeasurementEntry{
            text(q, "model_id"), text(q, "quant_id"), text(q, "platform_id"), backend.value(), integer(q, "context"),
            prompt ? std::optional<int>(static_cast<int>(*prompt)) : std::nullopt, optionalReal(q, "pp_tps"),
            real(q, "tg_tps"), text(q, "source_name"), sourceOf(q), user});
        return outcome::success();
    });
}

Result<void> readHostBuilds(const QSqlDatabase& db, bool user, CatalogData& data)
{
    BOOST_OUTCOME_TRYV(
        sql::forEachRow(db, QStringLiteral("SELECT * FROM host_build ORDER BY rowid"), {}, [&](Row q) -> RowResult {
            data.hostBuilds.push_back(HostBuildEntry{
                text(q, "id"), text(q, "name"), real(q, "max_card_watts"), real(q, "base_watts"),
                integer(q, "gpu_slots"), real(q, "system_ram_gb"), real(q, "system_bandwidth_gbs"), sourceOf(q), user});
            return outcome::success();
        }));
    return sql::forEachRow(
        db, QStringLiteral("SELECT * FROM host_build_part ORDER BY build_id, position"), {}, [&](Row q) -> RowResult {
            data.hostBuildParts.push_back(HostBuildPartEntry{text(q, "build_id"), text(q, "part"), text(q, "name"),
                                                             real(q, "usd"), text(q, "price_date"), sourceOf(q), user});
            return outcome::success();
        });
}

Result<void> readMultiGpuBuilds(const QSqlDatabase& db, bool user, CatalogData& data)
{
    return sql::forEachRow(
        db, QStringLiteral("SELECT * FROM multi_gpu_build ORDER BY rowid"), {}, [&](Row q) -> RowResult {
            QStringList cards = text(q, "cards").split(QLatin1Char('+'), Qt::SkipEmptyParts);
            for (QString& card : cards) {
                card = card.trimmed();
            }
            data.multiGpuBuilds.push_back(MultiGpuBuildEntry{text(q, "id"), text(q, "name"), cards, sourceOf(q), user});
            return outcome::success();
        });
}

Result<void> readClusters(const QSqlDatabase& db, bool user, CatalogData& data)
{
    return sql::forEachRow(db, QStringLiteral("SELECT * FROM cluster ORDER BY rowid"), {}, [&](Row q) -> RowResult {
        data.clusters.push_back(ClusterEntry{text(q, "id"), text(q, "name"), text(q, "box"), integer(q, "boxes"),
                                             text(q, "link"), text(q, "runtime"), sourceOf(q), user});
        return outcome::success();
    });
}

Result<void> readGuideTables(const QSqlDatabase& db, CatalogData& data)
{
    BOOST_OUTCOME_TRYV(
        sql::forEachRow(db, QStringLiteral("SELECT * FROM use_case ORDER BY rowid"), {}, [&](Row q) -> RowResult {
            data.useCases.push_back(
                UseCaseEntry{text(q, "slug"), text(q, "name"), text(q, "description"), text(q, "model_id"),
                             text(q, "quant_id"), integer(q, "context_tokens"), integer(q, "sessions"),
                             integer(q, "prompt_tokens"), text(q, "guide_model"), text(q, "guide_hardware"),
                             optionalReal(q, "guide_memory_gb"), text(q, "guide_tier"), text(q, "guide_check"),
                             sourceOf(q), integer(q, "uses_images") != 0, text(q, "generation_model_id")});
            return outcome::success();
        }));
    BOOST_OUTCOME_TRYV(sql::forEachRow(
        db, QStringLiteral("SELECT * FROM ram_row ORDER BY min_gb, rowid"), {}, [&](Row q) -> RowResult {
            data.ramRows.push_back(RamRowEntry{text(q, "id"), real(q, "min_gb"), real(q, "max_gb"), text(q, "audience"),
                                               text(q, "recommended_models"), text(q, "practical_context"),
                                               text(q, "verdict"), sourceOf(q)});
            return outcome::success();
        }));
    BOOST_OUTCOME_TRYV(
        sql::forEachRow(db, QStringLiteral("SELECT * FROM tier ORDER BY number, rowid"), {}, [&](Row q) -> RowResult {
            data.tiers.push_back(TierEntry{text(q, "id"), integer(q, "number"), text(q, "name"), real(q, "min_gb"),
                                           real(q, "max_gb"), text(q, "audience"), text(q, "verdict"),
                                           text(q, "example_machines"), text(q, "recommended_models"),
                                           text(q, "who_should_buy"), text(q, "who_should_not_buy"), sourceOf(q)});
            return outcome::success();
        }));
    BOOST_OUTCOME_TRYV(sql::forEachRow(
        db, QStringLiteral("SELECT * FROM article ORDER BY category, sort_order, slug"), {}, [&](Row q) -> RowResult {
            data.articles.push_back(ArticleEntry{
                text(q, "slug"), text(q, "title"), text(q, "category"), integer(q, "sort_order"), text(q, "body"),
                SourceInfo{text(q, "source"), text(q, "source_date"),
                           parseConfirmation(text(q, "confirmed")).value_or(Confirmation::GuideOnly), QString()}});
            return outcome::success();
        }));
    return sql::forEachRow(db, QStringLiteral("SELECT key, value FROM catalog_meta"), {}, [&](Row q) -> RowResult {
        if (text(q, "key") == QLatin1String("catalog_date")) {
            data.catalogDate = text(q, "value");
        } else if (text(q, "key") == QLatin1String("built_at")) {
            data.builtAt = text(q, "value");
        }
        return outcome::success();
    });
}

} // namespace

Result<CatalogData> readCatalogTables(const QSqlDatabase& database, bool userDefined)
{
    CatalogData data;
    BOOST_OUTCOME_TRYV(readQuantizations(database, userDefined, data));
    BOOST_OUTCOME_TRYV(readModels(database, userDefined, data));
    BOOST_OUTCOME_TRYV(readPlatforms(database, userDefined, data));
    BOOST_OUTCOME_TRYV(readPricesAndSizes(database, userDefined, data));
    BOOST_OUTCOME_TRYV(readMeasurements(database, userDefined, data));
    BOOST_OUTCOME_TRYV(readHostBuilds(database, userDefined, data));
    BOOST_OUTCOME_TRYV(readMultiGpuBuilds(database, userDefined, data));
    BOOST_OUTCOME_TRYV(readClusters(database, userDefined, data));
    BOOST_OUTCOME_TRYV(readGuideTables(database, data));
    BOOST_OUTCOME_TRYV(readGenerationTables(database, data));
    return data;
}

} // namespace localrig::db
