// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelFileReport.h"
#include "core/Result.h"

#include <filesystem>
#include <istream>

namespace localrig::core::gguf {

// A GGUF header read and described in one step (what the fuzz target drives).
Result<ModelFileReport> inspectGguf(std::istream& in);

// A model file as a user names it: a .gguf file, a Hugging Face config.json, or a directory holding
// one. Anything not ending in .json is read as GGUF, whose magic check explains a wrong file.
Result<ModelFileReport> inspectModelFile(const std::filesystem::path& path);

} // namespace localrig::core::gguf
