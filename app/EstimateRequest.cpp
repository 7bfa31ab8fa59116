// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstimateRequest.h"

#include "OptionValues.h"
#include "core/Enums.h"
#include "core/MemoryEstimate.h"
#include "core/Units.h"

#include <QCoreApplication>

#include <algorithm>

namespace localrig::app {

namespace {

QString opt(const char* name)
{
    return QString::fromLatin1(name);
}

void addValueOption(QCommandLineParser& parser, const char* name, const char* valueName, const char* help)
{
    parser.addOption(QCommandLineOption(opt(name), QCoreApplication::translate("EstimateRequest", help),
                                        QString::fromLatin1(valueName)));
}

Result<int> requiredInt(const QCommandLineParser& parser, const char* name)
{
    if (!parser.isSet(opt(name))) {
        return makeError(ErrorCode::InvalidInput, std::string("--") + name + " is required");
    }
    BOOST_OUTCOME_TRY(value, parseInteger(parser.value(opt(name)), opt(name)));
    if (value < 0 || value > (1LL << 30)) {
        return makeError(ErrorCode::OutOfRange, std::string("--") + name + " is out of range");
    }
    return static_cast<int>(value);
}

Result<double> requiredNumber(const QCommandLineParser& parser, const char* name)
{
    if (!parser.isSet(opt(name))) {
        return makeError(ErrorCode::InvalidInput, std::string("--") + name + " is required");
    }
    return parseNumber(parser.value(opt(name)), opt(name));
}

// The KV layout from --layers/--kv-heads/--head-dim, refined by MLA, sliding or hybrid options.
Result<core::ModelSpec> readAttention(const QCommandLineParser& parser, core::ModelSpec model)
{
    BOOST_OUTCOME_TRY(layers, requiredInt(parser, "layers"));
    if (parser.isSet(opt("kv-lora-rank"))) {
        BOOST_OUTCOME_TRY(rank, requiredInt(parser, "kv-lora-rank"));
        BOOST_OUTCOME_TRY(rope, integerOr(parser, opt("rope-dim"), 64));
        model.attention = core::AttentionKind::Mla;
        model.kvGroups = core::mlaLayers(layers, rank, static_cast<int>(rope));
        return model;
    }
    BOOST_OUTCOME_TRY(kvHeads, requiredInt(parser, "kv-heads"));
    BOOST_OUTCOME_TRY(headDim, requiredInt(parser, "head-dim"));
    BOOST_OUTCOME_TRY(fullLayers, integerOr(parser, opt("full-attention-layers"), layers));
    BOOST_OUTCOME_TRY(window, integerOr(parser, opt("sliding-window"), 0));
    if (fullLayers < 0 || fullLayers > layers) {
        return makeError(ErrorCode::OutOfRange, "--full-attention-layers must be between 0 and --layers");
    }
    const int full = static_cast<int>(fullLayers);
    model.kvGroups.clear();
    if (full > 0) {
        model.kvGroups.push_back({full, kvHeads, headDim, 0, false});
    }
    if (window > 0 && full < layers) {
        model.attention = core::AttentionKind::Sliding;
        model.kvGroups.push_back({layers - full, kvHeads, headDim, static_cast<int>(window), false});
    } else if (full < layers) {
        // The other layers are linear attention with a fixed state (Qwen3.5/3.6-style hybrids).
        model.attention = core::AttentionKind::HybridLinear;
        BOOST_OUTCOME_TRY(state, numberOr(parser, opt("linear-state-bytes"), 0.0));
        model.fixedStateBytes = state;
    }
    return model;
}

Result<core::Platform> readPlatform(const QCommandLineParser& parser)
{
    core::Platform platform;
    platform.id = "raw";
    platform.name = "the given machine";
    const QString kindText = parser.isSet(opt("memory-kind")) ? parser.value(opt("memory-kind")) : opt("unified");
    BOOST_OUTCOME_TRY(kind, core::parseMemoryKind(kindText.toStdString()));
    platform.memoryKind = kind;
    const core::Backend defaultBackend = kind == core::MemoryKind::Discrete
        ? core::Backend::Cuda
        : (kind == core::MemoryKind::System ? core::Backend::Cpu : core::Backend::Metal);
    platform.backend = defaultBackend;
    if (parser.isSet(opt("backend"))) {
        BOOST_OUTCOME_TRY(backend, core::parseBackend(parser.value(opt("backend")).toStdString()));
        platform.backend = backend;
    }
    BOOST_OUTCOME_TRY(memory, numberOr(parser, opt("memory-gb"), 0.0));
    BOOST_OUTCOME_TRY(vram, numberOr(parser, opt("vram-gb"), 0.0));
    BOOST_OUTCOME_TRY(bandwidth, requiredNumber(parser, "bandwidth"));
    BOOST_OUTCOME_TRY(systemBandwidth, numberOr(parser, opt("system-bandwidth"), 0.0));
    BOOST_OUTCOME_TRY(tflops, optionalNumber(parser, opt("tflops")));
    platform.memoryGiB = memory;
    platform.vramGiB = vram;
    platform.bandwidthGBs = bandwidth;
    platform.systemBandwidthGBs = systemBandwidth;
    platform.fp16Tflops = tflops;
    return core::validated(platform);
}

} // namespace

void addScenarioOptions(QCommandLineParser& parser)
{
    addValueOption(parser, "context", "tokens", "Context length per session in tokens (default 8192).");
    addValueOption(parser, "sessions", "n", "Parallel sessions or agents, each with its own KV cache (default 1).");
    addValueOption(parser, "kv-type", "type", "KV cache element type: f16, q8_0 or q4_0 (default f16).");
    addValueOption(parser, "headroom", "fraction", "Comfortable share of RAM for the model, 0.5-0.95 (default 0.75).");
    addValueOption(parser, "prompt-tokens", "tokens", "Prompt length for the time to first token (default 4096).");
}

void addRawSpecOptions(QCommandLineParser& parser)
{
    addValueOption(parser, "params", "billions", "Total parameters in billions (sets memory).");
    addValueOption(parser, "active-params", "billions", "Active parameters per token in billions (MoE; sets speed).");
    addValueOption(parser, "bpw", "bits", "Effective bits per weight of the quantization (Q4_K_M is about 4.85).");
    addValueOption(parser, "weights-gb", "GB", "Known model file size in decimal GB (wins over --bpw).");
    addValueOption(parser, "layers", "n", "Transformer layers.");
    addValueOption(parser, "kv-heads", "n", "Key/value heads per layer (GQA).");
    addValueOption(parser, "head-dim", "n", "Dimension of one attention head.");
    addValueOption(parser, "attention-heads", "n", "Query heads (sizes the compute buffer).");
    addValueOption(parser, "full-attention-layers", "n", "Layers whose cache grows with context (hybrid or sliding).");
    addValueOption(parser, "sliding-window", "tokens", "Window of the other layers (sliding-window models).");
    addValueOption(parser, "linear-state-bytes", "bytes", "Fixed state per session of linear-attention layers.");
    addValueOption(parser, "kv-lora-rank", "n", "MLA latent rank (DeepSeek-V3/R1: 512).");
    addValueOption(parser, "rope-dim", "n", "MLA rotary dimension (DeepSeek-V3/R1: 64).");
    addValueOption(parser, "memory-gb", "GB", "Unified or system RAM as marketed (binary GB).");
    addValueOption(parser, "vram-gb", "GB", "VRAM of a discrete GPU (binary GB).");
    addValueOption(parser, "memory-kind", "kind", "unified, discrete or system (default unified).");
    addValueOption(parser, "bandwidth", "GB/s", "Memory bandwidth of the GPU or unified pool in GB/s.");
    addValueOption(parser, "system-bandwidth", "GB/s", "System RAM bandwidth for offloaded weights (default 50).");
    addValueOption(parser, "tflops", "TFLOPS", "Dense FP16 TFLOPS (for prefill).");
    addValueOption(parser, "backend", "name", "metal, cuda, rocm, vulkan or cpu.");
    addValueOption(parser, "quant-kernel", "kind", "Dequantization kernel: float16, q8, kquant, legacy4, iquant, fp4.");
}

Result<core::Scenario> readScenario(const QCommandLineParser& parser, int* promptTokens)
{
    core::Scenario scenario;
    BOOST_OUTCOME_TRY(context, integerOr(parser, opt("context"), scenario.contextTokens));
    BOOST_OUTCOME_TRY(sessions, integerOr(parser, opt("sessions"), scenario.sessions));
    BOOST_OUTCOME_TRY(headroom, numberOr(parser, opt("headroom"), scenario.headroom));
    BOOST_OUTCOME_TRY(prompt, integerOr(parser, opt("prompt-tokens"), 0));
    if (parser.isSet(opt("kv-type"))) {
        BOOST_OUTCOME_TRY(kvType, core::parseKvCacheType(parser.value(opt("kv-type")).toStdString()));
        scenario.kvType = kvType;
    }
    if (context < 1 || context > (1LL << 30) || sessions < 1 || sessions > 4096 || prompt < 0 || prompt > (1LL << 30)) {
        return makeError(ErrorCode::OutOfRange,
                         "--context must be 1 to 1073741824, --sessions 1 to 4096, --prompt-tokens 0 to 1073741824");
    }
    scenario.contextTokens = static_cast<int>(context);
    scenario.sessions = static_cast<int>(sessions);
    scenario.headroom = headroom;
    if (promptTokens) {
        *promptTokens = static_cast<int>(prompt);
    }
    return core::validated(scenario);
}

Result<EstimateRequest> readRawSpec(const QCommandLineParser& parser)
{
    EstimateRequest request;
    BOOST_OUTCOME_TRY(params, requiredNumber(parser, "params"));
    BOOST_OUTCOME_TRY(active, numberOr(parser, opt("active-params"), params));
    request.model.id = "raw";
    request.model.name = "the given model";
    request.model.totalParams = params * core::kParamsPerBillion;
    request.model.activeParams = active * core::kParamsPerBillion;
    BOOST_OUTCOME_TRY(heads, integerOr(parser, opt("attention-heads"), 0));
    request.model.attentionHeads = static_cast<int>(std::clamp<long long>(heads, -1, 1 << 20));
    BOOST_OUTCOME_TRY(model, readAttention(parser, request.model));
    BOOST_OUTCOME_TRY(checkedModel, core::validated(model));
    request.model = checkedModel;

    if (parser.isSet(opt("weights-gb"))) {
        BOOST_OUTCOME_TRY(weightsGb, parseNumber(parser.value(opt("weights-gb")), opt("weights-gb")));
        request.fileBytes = core::gbToBytes(weightsGb);
    } else if (!parser.isSet(opt("bpw"))) {
        return makeError(ErrorCode::InvalidInput, "give --bpw (bits per weight) or --weights-gb (file size)");
    }
    BOOST_OUTCOME_TRY(bpw, numberOr(parser, opt("bpw"), 16.0));
    request.quant.id = "raw";
    request.quant.name = "given";
    request.quant.bitsPerWeight = bpw;
    if (parser.isSet(opt("quant-kernel"))) {
        BOOST_OUTCOME_TRY(kernel, core::parseQuantKernel(parser.value(opt("quant-kernel")).toStdString()));
        request.quant.kernel = kernel;
    }
    BOOST_OUTCOME_TRY(platform, readPlatform(parser));
    request.platform = platform;
    BOOST_OUTCOME_TRY(scenario, readScenario(parser, &request.promptTokens));
    request.scenario = scenario;
    return request;
}

void addCatalogOptions(QCommandLineParser& parser)
{
    addValueOption(parser, "model", "name", "A catalog model by name or id (see localrig catalog list models).");
    addValueOption(parser, "quant", "name", "A catalog quantization, e.g. Q4_K_M (default Q4_K_M).");
    addValueOption(parser, "platform", "name",
                   "A catalog machine by name or id (see localrig catalog list platforms).");
}

bool usesCatalogNames(const QCommandLineParser& parser)
{
    return parser.isSet(opt("model")) || parser.isSet(opt("platform"));
}

Result<EstimateRequest> readCatalogSpec(const QCommandLineParser& parser, const db::Catalog& catalog)
{
    if (!parser.isSet(opt("model")) || !parser.isSet(opt("platform"))) {
        return makeError(ErrorCode::InvalidInput, "give both --model and --platform (or raw figures instead)");
    }
    EstimateRequest request;
    BOOST_OUTCOME_TRY(model, catalog.model(parser.value(opt("model"))));
    const QString quantName = parser.isSet(opt("quant")) ? parser.value(opt("quant")) : QStringLiteral("q4_k_m");
    BOOST_OUTCOME_TRY(quant, catalog.quantization(quantName));
    BOOST_OUTCOME_TRY(platform, catalog.platform(parser.value(opt("platform"))));
    request.model = model.spec;
    request.quant = quant.quant;
    request.platform = platform.platform;
    request.fileBytes
        = catalog.fileBytes(QString::fromStdString(model.spec.id), QString::fromStdString(quant.quant.id));
    BOOST_OUTCOME_TRY(scenario, readScenario(parser, &request.promptTokens));
    request.scenario = scenario;
    return request;
}

} // namespace localrig::app
