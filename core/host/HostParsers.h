// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostInfo.h"
#include "core/Result.h"

#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Pure parsers of what the OS prints about the machine; HostProbe reads the files and runs nothing.
namespace localrig::core::host {

// /proc/meminfo: MemTotal in bytes (the file says kB, meaning KiB).
std::optional<std::uint64_t> parseMemTotal(std::string_view meminfo);

// /proc/cpuinfo: the first "model name" (tidied), vendor_id, logical CPUs ("processor" lines) and
// physical cores (distinct physical id + core id pairs; else "cpu cores" per package; else logical).
CpuInfo parseCpuInfo(std::string_view cpuinfo);

// "Intel(R) Core(TM) i9-14900K CPU @ 3.20GHz" -> "Intel Core i9-14900K";
// "AMD Ryzen 9 7950X 16-Core Processor" -> "AMD Ryzen 9 7950X".
std::string tidyCpuName(std::string_view name);

// `nvidia-smi --query-gpu=name,memory.total --format=csv,noheader,nounits`: one GPU a line,
// "NVIDIA GeForce RTX 4090, 24564" (MiB). "[N/A]" or "Not Supported" memory (GB10) is 0 = unknown.
Result<std::vector<GpuInfo>> parseNvidiaSmi(std::string_view csv);

// `sysctl -n hw.memsize machdep.cpu.brand_string` on macOS: the bytes on the first line, the brand
// ("Apple M4 Pro") on the second.
struct SysctlValues
{
    std::uint64_t memoryBytes = 0;
    std::string cpuBrand;
};
Result<SysctlValues> parseSysctl(std::string_view output);

// "0x10de\n" (a /sys PCI id file) -> 0x10de.
std::optional<std::uint32_t> parseHexId(std::string_view text);
GpuVendor gpuVendorFromPci(std::uint32_t vendorId);
std::string_view gpuVendorName(GpuVendor vendor);

// The DMI chassis_type number (SMBIOS 3.x table 17) as a form factor.
Chassis chassisFromDmi(int type);

// The device's name in pci.ids (pciutils/hwdata format), read line by line; nullopt when not listed.
std::optional<std::string> pciDeviceName(std::istream& ids, std::uint32_t vendorId, std::uint32_t deviceId);

} // namespace localrig::core::host
