// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Fit.h"
#include "ModelSpec.h"
#include "Platform.h"
#include "Quantization.h"
#include "Result.h"
#include "Scenario.h"

#include <string_view>

// Stable lower-case names for every enum: the catalog, the CLI and JSON all use these spellings.
namespace localrig::core {

std::string_view toString(AttentionKind value);
std::string_view toString(MemoryKind value);
std::string_view toString(Backend value);
std::string_view toString(KvCacheType value);
std::string_view toString(QuantFormat value);
std::string_view toString(QuantKernel value);
std::string_view toString(FitVerdict value);

Result<AttentionKind> parseAttentionKind(std::string_view text);
Result<MemoryKind> parseMemoryKind(std::string_view text);
Result<Backend> parseBackend(std::string_view text);
Result<KvCacheType> parseKvCacheType(std::string_view text);
Result<QuantFormat> parseQuantFormat(std::string_view text);
Result<QuantKernel> parseQuantKernel(std::string_view text);

} // namespace localrig::core
