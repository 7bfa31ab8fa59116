// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

namespace localrig::core::gguf {

// Little-endian reads from a seekable stream that always know how many bytes remain, so a length
// read from the file is checked against the file before anything is allocated or skipped.
class GgufInput
{
public:
    explicit GgufInput(std::istream& in);

    bool isSeekable() const { return m_seekable; }
    std::uint64_t size() const { return m_size; }
    std::uint64_t position() const { return m_position; }
    std::uint64_t remaining() const { return m_size - m_position; }

    Result<std::uint8_t> readU8(std::string_view what);
    Result<std::uint16_t> readU16(std::string_view what);
    Result<std::uint32_t> readU32(std::string_view what);
    Result<std::uint64_t> readU64(std::string_view what);
    // A GGUF string (u64 length, then bytes). Longer than maxLength is an error; keep = false skips it.
    Result<std::string> readString(std::string_view what, std::uint64_t maxLength, bool keep = true);
    Result<void> skip(std::uint64_t bytes, std::string_view what);
    // Fails unless `bytes` more bytes remain.
    Result<void> require(std::uint64_t bytes, std::string_view what) const;

private:
    Result<std::uint64_t> readLittleEndian(unsigned bytes, std::string_view what);

    std::istream& m_in;
    std::uint64_t m_size = 0;
    std::uint64_t m_position = 0;
    bool m_seekable = false;
};

} // namespace localrig::core::gguf
