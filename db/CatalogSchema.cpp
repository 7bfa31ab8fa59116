// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogSchema.h"

#include "CatalogTypes.h"
#include "core/Enums.h"

#include <initializer_list>

namespace localrig::db {

namespace {

constexpr double kMaxParamsB = 100000.0; // 100 T parameters
constexpr double kMaxGb = 100000.0;
constexpr double kMaxTokens = 1073741824.0; // 2^30
constexpr double kMaxUsd = 10000000.0;

template <class Parse>
std::string check(Parse parse, std::string_view text)
{
    auto parsed = parse(text);
    return parsed ? std::string() : parsed.error().detail;
}

std::string attentionKind(std::string_view t)
{
    return check(core::parseAttentionKind, t);
}
std::string quantFormat(std::string_view t)
{
    return check(core::parseQuantFormat, t);
}
std::string quantKernel(std::string_view t)
{
    return check(core::parseQuantKernel, t);
}
std::string memoryKind(std::string_view t)
{
    return check(core::parseMemoryKind, t);
}
std::string backend(std::string_view t)
{
    return check(core::parseBackend, t);
}
std::string availability(std::string_view t)
{
    return t.empty() || t == "buyable" || t == "announced" || t == "discontinued"
        ? std::string()
        : "availability '" + std::string(t) + "' is not one of: buyable, announced, discontinued";
}
std::string priceKind(std::string_view t)
{
    return t == "launch" || t == "later" || t == "street" || t == "used" || t == "guide"
        ? std::string()
        : "price kind '" + std::string(t) + "' is not one of: launch, later, street, used, guide";
}

FieldSpec text(const char* name, bool required = false)
{
    return FieldSpec{name, FieldKind::Text, required};
}
FieldSpec id(const char* name, const char* references = nullptr, bool required = true)
{
    return FieldSpec{name, FieldKind::Id, required, 0.0, 0.0, nullptr, references};
}
FieldSpec real(const char* name, double min, double max, bool required = false)
{
    return FieldSpec{name, FieldKind::Real, required, min, max};
}
FieldSpec integer(const char* name, double min, double max, bool required = false)
{
    return FieldSpec{name, FieldKind::Integer, required, min, max};
}
FieldSpec zeroed(FieldSpec field)
{
    field.zeroWhenEmpty = true;
    return field;
}
FieldSpec boolean(const char* name, bool required = false)
{
    return FieldSpec{name, FieldKind::Bool, required};
}
FieldSpec date(const char* name, bool required = false)
{
    return FieldSpec{name, FieldKind::Date, required};
}
FieldSpec choice(const char* name, EnumCheck choices)
{
    return FieldSpec{name, FieldKind::Enum, true, 0.0, 0.0, choices};
}

// confirmed, source, source_date, notes end every fact table; columns added by later migrations follow them.
std::vector<FieldSpec> withSource(std::initializer_list<FieldSpec> fields, std::initializer_list<FieldSpec> later = {})
{
    std::vector<FieldSpec> all(fields);
    all.push_back(FieldSpec{"confirmed", FieldKind::Confirmation, true});
    all.push_back(text("source", true));
    all.push_back(date("source_date", true));
    all.push_back(text("notes"));
    all.insert(all.end(), later);
    return all;
}

std::string generationKind(std::string_view t)
{
    return t == "image" || t == "video" ? std::string() : "kind '" + std::string(t) + "' is not one of: image, video";
}
std::string speedUnit(std::string_view t)
{
    return t == "image" || t == "video_second" ? std::string()
                                               : "unit '" + std::string(t) + "' is not one of: image, video_second";
}

// Issue 18 (migration 0011): vision projectors and image/video generation pipelines, before use_cases.
void addGenerationTables(std::vector<TableSpec>& tables)
{
    tables.push_back({"vision_projectors.csv", "vision_projector",
                      "INSERT INTO vision_projector (model_id, file_name, precision, file_bytes, confirmed, source, "
                      "source_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      withSource({id("model_id", "model"), text("file_name", true), text("precision"),
                                  real("file_bytes", 1e5, 1e13, true)}),
                      "model_id"});
    tables.push_back({"generation_models.csv", "generation_model",
                      "INSERT INTO generation_model (id, name, kind, developer, release_date, license, overhead_bytes, "
                      "confirmed, source, source_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      withSource({id("id"), text("name", true), choice("kind", generationKind), text("developer"),
                                  date("release_date"), text("license"), real("overhead_bytes", 0.0, 1e13)}),
                      "id"});
    tables.push_back(
        {"generation_components.csv", "generation_component",
         "INSERT INTO generation_component (model_id, role, name, params_b, precision, file_bytes, "
         "confirmed, source, source_date, notes, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
         withSource({id("model_id", "generation_model"), text("role", true), text("name", true),
                     real("params_b", 0.001, kMaxParamsB), text("precision"), real("file_bytes", 1e5, 1e13)}),
         nullptr, "model_id"});
    tables.push_back({"generation_speeds.csv", "generation_speed",
                      "INSERT INTO generation_speed (model_id, platform_id, seconds, unit, setting, confirmed, source, "
                      "source_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      withSource({id("model_id", "generation_model"), id("platform_id", "platform"),
                                  real("seconds", 0.001, 1e7, true), choice("unit", speedUnit), text("setting")})});
}

std::vector<TableSpec> makeTables()
{
    std::vector<TableSpec> tables;
    tables.push_back({"quantizations.csv", "quantization",
                      "INSERT INTO quantization (id, name, format, kernel, bits_per_weight, confirmed, source, "
                      "source_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      withSource({id("id"), text("name", true), choice("format", quantFormat),
                                  choice("kernel", quantKernel), real("bits_per_weight", 1.0, 32.0, true)}),
                      "id"});
    tables.push_back(
        {"models.csv", "model",
         "INSERT INTO model (id, name, family, developer, release_date, license, modalities, relation, relative_of, "
         "total_params_b, active_params_b, attention_kind, layers, hidden_size, attention_heads, kv_heads, head_dim, "
         "linear_state_bytes, experts_routed, experts_active, native_context, max_context, guide_claim, guide_check, "
         "confirmed, source, source_date, notes) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
         withSource({id("id"),
                     text("name", true),
                     text("family"),
                     text("developer"),
                     date("release_date"),
                     text("license"),
                     text("modalities"),
                     text("relation"),
                     id("relative_of", "model", false),
                     real("total_params_b", 0.001, kMaxParamsB, true),
                     real("active_params_b", 0.001, kMaxParamsB),
                     choice("attention_kind", attentionKind),
                     integer("layers", 1, 10000),
                     integer("hidden_size", 1, 1000000),
                     integer("attention_heads", 1, 100000),
                     integer("kv_heads", 1, 100000),
                     integer("head_dim", 1, 65536),
                     real("linear_state_bytes", 0.0, 1e15),
                     integer("experts_routed", 1, 100000),
                     integer("experts_active", 1, 100000),
                     integer("native_context", 1, kMaxTokens),
                     integer("max_context", 1, kMaxTokens),
                     text("guide_claim"),
                     text("guide_check")}),
         "id"});
    tables.push_back({"model_kv_groups.csv", "model_kv_group",
                      "INSERT INTO model_kv_group (model_id, layers, kv_heads, head_dim, window, single_tensor, "
                      "confirmed, source, source_date, notes, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      withSource({id("model_id", "model"), integer("layers", 1, 10000, true),
                                  integer("kv_heads", 1, 100000, true), integer("head_dim", 1, 65536, true),
                                  zeroed(integer("window", 0, kMaxTokens)), boolean("single_tensor")}),
                      nullptr, "model_id"});
    tables.push_back({"model_training_shapes.csv", "model_training_shape",
                      "INSERT INTO model_training_shape (model_id, hidden_size, intermediate_size, vocab_size, "
                      "tied_embeddings, confirmed, source, source_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      withSource({id("model_id", "model"), integer("hidden_size", 1, 1000000, true),
                                  integer("intermediate_size", 1, 1000000, true),
                                  integer("vocab_size", 1, 16000000, true), boolean("tied_embeddings", true)}),
                      "model_id"});
    tables.push_back(
        {"model_file_sizes.csv", "model_file_size",
         "INSERT INTO model_file_size (model_id, quant_id, file_bytes, confirmed, source, source_date, "
         "notes) VALUES (?, ?, ?, ?, ?, ?, ?)",
         withSource({id("model_id", "model"), id("quant_id", "quantization"), real("file_bytes", 1e6, 1e14, true)})});
    tables.push_back(
        {"platforms.csv", "platform",
         "INSERT INTO platform (id, name, vendor, form_factor, memory_kind, backend, memory_gb, vram_gb, "
         "bandwidth_gbs, system_bandwidth_gbs, gpu_limit_gb, fp16_tflops, fp16_definition, load_watts, idle_watts, "
         "os, software_stacks, portable, release_date, guide_claim, guide_check, availability, confirmed, source, "
         "source_date, notes, short_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
         "COALESCE(NULLIF(?, ''), 'buyable'), ?, ?, ?, ?, ?)",
         withSource({id("id"),
                     text("name", true),
                     text("vendor"),
                     text("form_factor"),
                     choice("memory_kind", memoryKind),
                     choice("backend", backend),
                     zeroed(real("memory_gb", 0.0, kMaxGb)),
                     real("vram_gb", 0.0, kMaxGb),
                     real("bandwidth_gbs", 0.1, kMaxGb, true),
                     real("system_bandwidth_gbs", 0.0, kMaxGb),
                     real("gpu_limit_gb", 0.1, kMaxGb),
                     real("fp16_tflops", 0.001, kMaxGb),
                     text("fp16_definition"),
                     real("load_watts", 0.0, kMaxGb),
                     real("idle_watts", 0.0, kMaxGb),
                     text("os"),
                     text("software_stacks"),
                     boolean("portable"),
                     date("release_date"),
                     text("guide_claim"),
                     text("guide_check"),
                     FieldSpec{"availability", FieldKind::Enum, false, 0.0, 0.0, availability}},
                    {text("short_name")}),
         "id"});
    tables.push_back(
        {"host_builds.csv", "host_build",
         "INSERT INTO host_build (id, name, max_card_watts, base_watts, gpu_slots, system_ram_gb, "
         "system_bandwidth_gbs, confirmed, source, source_date, notes) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
         withSource({id("id"), text("name", true), real("max_card_watts", 1.0, kMaxGb, true),
                     real("base_watts", 0.0, kMaxGb, true), integer("gpu_slots", 1, 64, true),
                     real("system_ram_gb", 0.0, kMaxGb, true), real("system_bandwidth_gbs", 0.0, kMaxGb, true)}),
         "id"});
    tables.push_back({"host_build_parts.csv", "host_build_part",
                      "INSERT INTO host_build_part (build_id, part, name, usd, price_date, confirmed, source, "
                      "source_date, notes, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      withSource({id("build_id", "host_build"), id("part"), text("name", true),
                                  real("usd", 0.0, kMaxUsd, true), date("price_date", true)}),
                      nullptr, "build_id"});
    tables.push_back({"multi_gpu_builds.csv", "multi_gpu_build",
                      "INSERT INTO multi_gpu_build (id, name, cards, confirmed, source, source_date, notes) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)",
                      withSource({id("id"), text("name", true), text("cards", true)}), "id"});
    tables.push_back(
        {"clusters.csv", "cluster",
         "INSERT INTO cluster (id, name, box, boxes, link, runtime, confirmed, source, source_date, notes) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
         withSource({id("id"), text("name", true), id("box", "platform"), integer("boxes", 2, 4, true), text("link"),
                     text("runtime")}),
         "id"});
    tables.push_back(
        {"measurements.csv", "measurement",
         "INSERT INTO measurement (model_id, quant_id, platform_id, backend, context, prompt_tokens, pp_tps, tg_tps, "
         "source_name, confirmed, source, source_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
         withSource({id("model_id", "model"), id("quant_id", "quantization"), id("platform_id", "platform"),
                     choice("backend", backend), zeroed(integer("context", 0, kMaxTokens)),
                     integer("prompt_tokens", 1, kMaxTokens), real("pp_tps", 0.001, 1e7),
                     real("tg_tps", 0.001, 1e6, true), text("source_name", true)})});
    tables.push_back({"prices.csv", "price",
                      "INSERT INTO price (platform_id, usd, price_date, kind, confirmed, source, source_date, notes) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      withSource({id("platform_id", "platform"), real("usd", 0.0, kMaxUsd, true),
                                  date("price_date", true), choice("kind", priceKind)})});
    tables.push_back(
        {"api_prices.csv", "api_price",
         "INSERT INTO api_price (provider, model, input_usd_per_mtok, output_usd_per_mtok, "
         "cached_input_usd_per_mtok, price_date, confirmed, source, source_date, notes) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
         withSource({text("provider", true), text("model", true), real("input_usd_per_mtok", 0.0, 10000.0, true),
                     real("output_usd_per_mtok", 0.0, 10000.0, true), real("cached_input_usd_per_mtok", 0.0, 10000.0),
                     date("price_date", true)})});
    tables.push_back({"electricity_prices.csv", "electricity_price",
                      "INSERT INTO electricity_price (region, price_per_kwh, currency, price_date, confirmed, source, "
                      "source_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      withSource({text("region", true), real("price_per_kwh", 0.0, 100.0, true), text("currency", true),
                                  date("price_date", true)})});
    addGenerationTables(tables);
    tables.push_back(
        {"use_cases.csv", "use_case",
         "INSERT INTO use_case (slug, name, description, model_id, quant_id, context_tokens, sessions, prompt_tokens, "
         "guide_model, guide_hardware, guide_memory_gb, guide_tier, guide_check, confirmed, source, source_date, "
         "notes, uses_images, generation_model_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
         withSource({id("slug"), text("name", true), text("description"), id("model_id", "model", false),
                     id("quant_id", "quantization", false), integer("context_tokens", 1, kMaxTokens),
                     integer("sessions", 1, 10000), integer("prompt_tokens", 1, kMaxTokens), text("guide_model"),
                     text("guide_hardware"), real("guide_memory_gb", 0.0, kMaxGb), text("guide_tier"),
                     text("guide_check")},
                    {zeroed(boolean("uses_images")), id("generation_model_id", "generation_model", false)}),
         "slug"});
    tables.push_back(
        {"ram_rows.csv", "ram_row",
         "INSERT INTO ram_row (id, min_gb, max_gb, audience, recommended_models, practical_context, "
         "verdict, confirmed, source, source_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
         withSource({id("id"), real("min_gb", 0.0, kMaxGb, true), real("max_gb", 0.0, kMaxGb, true), text("audience"),
                     text("recommended_models"), text("practical_context"), text("verdict")}),
         "id"});
    tables.push_back(
        {"tiers.csv", "tier",
         "INSERT INTO tier (id, number, name, min_gb, max_gb, audience, verdict, example_machines, "
         "recommended_models, who_should_buy, who_should_not_buy, confirmed, source, source_date, notes) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
         withSource({id("id"), integer("number", 0, 100, true), text("name", true), real("min_gb", 0.0, kMaxGb, true),
                     real("max_gb", 0.0, kMaxGb, true), text("audience"), text("verdict"), text("example_machines"),
                     text("recommended_models"), text("who_should_buy"), text("who_should_not_buy")}),
         "id"});
    return tables;
}

} // namespace

const std::vector<TableSpec>& catalogTables()
{
    static const std::vector<TableSpec> tables = makeTables();
    return tables;
}

const TableSpec* findTable(std::string_view table)
{
    for (const TableSpec& spec : catalogTables()) {
        if (table == spec.table) {
            return &spec;
        }
    }
    return nullptr;
}

int fieldIndex(const TableSpec& table, std::string_view field)
{
    for (std::size_t i = 0; i < table.fields.size(); ++i) {
        if (field == table.fields[i].name) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace localrig::db
