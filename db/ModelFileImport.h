// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "CatalogTypes.h"
#include "core/Result.h"
#include "core/gguf/ModelFileReport.h"

#include <QString>

#include <optional>

// "Add model from GGUF file…" and `localrig import-model`: what a model file's header says, turned into
// the user's own catalog rows. The file's exact weight bytes become a measured file size at the
// quantization its type names, so the model is sized like the file, not from bits per weight.
namespace localrig::db {

struct ModelImportOptions
{
    QString displayName; // empty: the file's own name (general.name), else the file name
    QString quantId; // empty: the catalog quantization the file type names
    bool addWorkload = true; // a Plan-page workload that runs the model
    int workloadContext = 8192; // tokens per session of that workload, at most the model's context
    QString workloadName; // empty: the model's name (the UI passes a translated "… (your model)")
    QString workloadDescription;
};

struct ModelFileImport
{
    ModelEntry model;
    std::optional<FileSizeEntry> fileSize; // when the file states its weight bytes and a quantization is known
    std::optional<UseCaseEntry> workload;
    bool replacesOwnModel = false; // the id is one of the user's models already (importing the file again)
};

// The catalog quantization a file type names: "Q4_K_M" -> q4_k_m, "MXFP4_MOE" -> mxfp4, "bfloat16" -> bf16,
// "fp8" -> fp8; nullopt when the catalog has none (the user then picks one).
std::optional<QString> matchQuantization(const core::gguf::ModelFileReport& report, const Catalog& catalog);

// The quantization to size the file at: the one its type names, else the catalog's GGUF or float
// quantization closest in bits per weight to the file's own (weight bytes x 8 / parameters).
std::optional<QString> suggestQuantization(const core::gguf::ModelFileReport& report, const Catalog& catalog);

// The name a model gets unless the user gives one: a GGUF file's general.name, else the file name without
// ".gguf"; for a Hugging Face config, its folder (named after the repository; the config names only a class).
QString importedModelName(const core::gguf::ModelFileReport& report, const QString& fileName);

// The model's id: "my_" and a slug of the name; numbered when a shipped model has it, reused (replaced) when
// the user's own model has it.
QString importedModelId(const QString& displayName, const Catalog& catalog, bool* replacesOwnModel = nullptr);

// The rows to save. Fails, saving nothing, when the name is empty or too long, the chosen quantization is
// not in the catalog, or the file describes a model the sizing core cannot use.
Result<ModelFileImport> importModelFile(const core::gguf::ModelFileReport& report, const QString& fileName,
                                        const ModelImportOptions& options, const Catalog& catalog);

} // namespace localrig::db
