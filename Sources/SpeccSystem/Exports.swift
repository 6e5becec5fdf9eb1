// What specc's modules take from the system, in one place: the C library, and Foundation's
// essentials where those are a module of their own (Linux), all of Foundation elsewhere. Not all
// of Foundation on Linux: it and the ICU it loads were 7 MB of a generate's resident memory.
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif

#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Musl)
@_exported import Musl
#elseif canImport(Darwin)
@_exported import Darwin
#endif
