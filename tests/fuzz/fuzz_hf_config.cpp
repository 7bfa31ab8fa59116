// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gguf/HfConfigReader.h"
#include "core/gguf/StrictJson.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

// libFuzzer entry point for the strict JSON parsing (nlohmann/json with our limits) and the config.json reader built on
// it.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto json = localrig::core::gguf::parseStrictJson(text);
    if (!json && json.error().detail.empty()) {
        __builtin_trap();
    }
    const auto report = localrig::core::gguf::HfConfigReader::read(text);
    if (!report && report.error().detail.empty()) {
        __builtin_trap();
    }
    return 0;
}
