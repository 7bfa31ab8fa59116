// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/GenerationModel.h"
#include "core/HostBuild.h"
#include "core/ModelSpec.h"
#include "core/Platform.h"
#include "core/Quantization.h"
#include "core/Scenario.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The catalog's rows as values: a core type for what the formulas need, plus what a reader of the
// catalog wants to see (where a figure comes from, what the guide claimed). Loaded by CatalogLoader.
namespace localrig::db {

// How sure the catalog is of a row's figures (the `confirmed` column).
enum class Confirmation {
    Unconfirmed, // "no": entered by the user, not checked
    Confirmed, // "yes": the named source confirms the figures
    Derived, // "derived": computed from sourced figures; the method is in the notes
    GuideOnly, // "guide-only": stated only by the guide
};

QString confirmationName(Confirmation confirmation);
// Accepts yes/derived/guide-only/no and 1/0/true/false; nullopt for anything else.
std::optional<Confirmation> parseConfirmation(const QString& text);

struct SourceInfo
{
    QString source; // URL, or "guide", or "user"
    QString sourceDate; // ISO date; partial (2026-03) and ranges (2026-03/2026-06) allowed
    Confirmation confirmation = Confirmation::Unconfirmed;
    QString notes;

    bool confirmed() const { return confirmation == Confirmation::Confirmed; }
};

struct ModelEntry
{
    core::ModelSpec spec; // parameters in units (billions x 1e9), KV layout, routing
    QString developer;
    QString releaseDate;
    QString license;
    QString modalities;
    QString relation; // how this row relates to what the guide names (exact, relative, ...)
    QString relativeOf; // the model whose architecture stands in, when this one's is unpublished
    bool architectureFromRelative = false; // kvGroups were borrowed from relativeOf
    int hiddenSize = 0; // 0 = unknown
    int maxContext = 0; // 0 = unknown
    QString guideClaim;
    QString guideCheck;
    SourceInfo source;
    bool userDefined = false;
};

struct QuantEntry
{
    core::Quantization quant;
    SourceInfo source;
    bool userDefined = false;
};

struct FileSizeEntry
{
    QString modelId;
    QString quantId;
    double bytes = 0.0;
    SourceInfo source;
    bool userDefined = false;
};

// A published speed measurement of one model x quantization on one machine and backend, at a KV-cache
// depth (measurements.csv). Shown as "measured" next to the estimate it stands beside.
struct MeasurementEntry
{
    QString modelId;
    QString quantId;
    QString platformId;
    core::Backend backend = core::Backend::Cuda;
    int contextTokens = 0; // KV depth of the decode figure; 0 = an empty cache
    std::optional<int> promptTokens; // length of the prefill test (pp512, pp2048), when stated
    std::optional<double> prefillTps;
    double decodeTps = 0.0;
    QString sourceName; // short name of the publication, e.g. "llama.cpp benches"
    SourceInfo source;
    bool userDefined = false;
};

struct PricePoint
{
    QString platformId;
    double usd = 0.0;
    QString date;
    QString kind; // launch | later | street | used | guide
    SourceInfo source;
    bool userDefined = false;
};

// Where a platform's current price comes from.
enum class PriceOrigin {
    None, // no price known
    Catalog, // the newest dated price that is not only the guide's
    GuideOnly, // only the guide states a price; shown as such
    UserOverride, // the user's own price
};

struct PlatformEntry
{
    core::Platform platform; // priceUsd is the current price
    PriceOrigin priceOrigin = PriceOrigin::None;
    QString priceDate;
    QString fp16Definition;
    QString softwareStacks;
    QString releaseDate;
    QString guideClaim;
    QString guideCheck;
    QString availability = QStringLiteral("buyable"); // buyable | announced | discontinued
    bool priceStale = false; // the current price is older than kStaleMonths (PriceAge.h) on the day of loading
    SourceInfo source;
    bool userDefined = false;
    bool isMyMachine = false;

    bool buyable() const { return availability == QLatin1String("buyable"); }
};

// One priced part of a host-PC build (host_build_parts.csv), in the file's order within its build.
struct HostBuildPartEntry
{
    QString buildId;
    QString part; // cpu, board, memory, psu, cooler, ssd, case
    QString name;
    double usd = 0.0;
    QString priceDate;
    SourceInfo source;
    bool userDefined = false;
};

// A desktop PC that a discrete card needs around it (host_builds.csv); priced by its parts.
struct HostBuildEntry
{
    QString id;
    QString name;
    double maxCardWatts = 0.0;
    double baseWatts = 0.0;
    int gpuSlots = 1;
    double systemRamGiB = 0.0;
    double systemBandwidthGBs = 0.0;
    SourceInfo source;
    bool userDefined = false;
};

// Two or more catalog cards run as one system (multi_gpu_builds.csv, issue 17), in llama.cpp device order.
struct MultiGpuBuildEntry
{
    QString id;
    QString name;
    QStringList cardIds; // platform ids; a card may repeat (2 x RTX 3090)
    SourceInfo source;
    bool userDefined = false;
};

// Two to four identical machines pooled over a network (clusters.csv, issue 17).
struct ClusterEntry
{
    QString id;
    QString name;
    QString boxId; // the platform pooled
    int boxes = 2;
    QString link; // e.g. ConnectX-7 200 GbE
    QString runtime; // e.g. llama.cpp RPC
    SourceInfo source;
    bool userDefined = false;
};

struct ApiPriceEntry
{
    QString provider;
    QString model;
    double inputUsdPerMtok = 0.0;
    double outputUsdPerMtok = 0.0;
    std::optional<double> cachedInputUsdPerMtok;
    QString priceDate;
    SourceInfo source;
};

struct ElectricityPriceEntry
{
    QString region;
    double pricePerKwh = 0.0;
    QString currency;
    QString priceDate;
    SourceInfo source;
};

struct UseCaseEntry
{
    QString slug;
    QString name;
    QString description;
    QString modelId; // empty when the guide names no model
    QString quantId;
    int contextTokens = 0; // 0 = unknown
    int sessions = 0;
    int promptTokens = 0; // typical new tokens per turn; 0 = the sizing default
    QString guideModel;
    QString guideHardware;
    std::optional<double> guideMemoryGb;
    QString guideTier;
    QString guideCheck;
    SourceInfo source;
    bool usesImages = false; // the model's vision projector is loaded too (issue 18)
    QString generationModelId = {}; // a generation model run at the same time as the LLM; empty = none
};

// A vision projector (vision_projectors.csv, issue 18).
struct VisionProjectorEntry
{
    core::VisionProjector projector;
    SourceInfo source;
};

// An image or video generation model with its components and published speeds (generation_*.csv, issue 18).
struct GenerationModelEntry
{
    core::GenerationModel model;
    QString developer;
    QString releaseDate;
    QString license;
    SourceInfo source;
    std::vector<SourceInfo> componentSources; // same order as model.components
    std::vector<SourceInfo> speedSources; // same order as model.speeds
};

struct RamRowEntry
{
    QString id;
    double minGb = 0.0;
    double maxGb = 0.0;
    QString audience;
    QString recommendedModels;
    QString practicalContext;
    QString verdict;
    SourceInfo source;
};

struct TierEntry
{
    QString id;
    int number = 0;
    QString name;
    double minGb = 0.0;
    double maxGb = 0.0;
    QString audience;
    QString verdict;
    QString exampleMachines;
    QString recommendedModels;
    QString whoShouldBuy;
    QString whoShouldNotBuy;
    SourceInfo source;
};

struct ArticleEntry
{
    QString slug;
    QString title;
    QString category;
    int order = 0;
    QString body; // Markdown
    SourceInfo source;
};

// The user's own price for a platform, which beats every catalog price.
struct PriceOverride
{
    QString platformId;
    double usd = 0.0;
    QString note;
    QString updatedAt;
};

struct SavedScenario
{
    QString name;
    core::Scenario scenario;
    QStringList workloads; // use-case slugs
    QString settingsJson = QStringLiteral("{}"); // the Plan page's other inputs (budget, vendor, ...)
    QString updatedAt;
};

// What happened when the user database was unusable: where the old file went, and why.
struct RecoveryNotice
{
    QString originalPath;
    QString movedTo;
    QString reason;
};

// Every table of one database, or of the shipped and user databases merged.
struct CatalogData
{
    std::vector<ModelEntry> models;
    std::vector<QuantEntry> quantizations;
    std::vector<FileSizeEntry> fileSizes;
    std::vector<PlatformEntry> platforms;
    std::vector<MeasurementEntry> measurements;
    std::vector<PricePoint> prices;
    std::vector<HostBuildEntry> hostBuilds;
    std::vector<HostBuildPartEntry> hostBuildParts; // by build, in file order
    std::vector<MultiGpuBuildEntry> multiGpuBuilds;
    std::vector<ClusterEntry> clusters;
    std::vector<ApiPriceEntry> apiPrices;
    std::vector<ElectricityPriceEntry> electricityPrices;
    std::vector<UseCaseEntry> useCases;
    std::vector<VisionProjectorEntry> visionProjectors;
    std::vector<GenerationModelEntry> generationModels;
    std::vector<RamRowEntry> ramRows;
    std::vector<TierEntry> tiers;
    std::vector<ArticleEntry> articles;
    QString catalogDate; // newest source date in the shipped catalog, else its build date
    QString builtAt;
};

} // namespace localrig::db
