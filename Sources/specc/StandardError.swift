import SpeccSystem

/// Diagnostics go to standard error, like a compiler's; results go to standard output.
enum StandardError {
    static func write(_ text: String) {
        // Unbuffered, as FileHandle's was: a diagnostic is out before the process ends or crashes.
        var text = text
        text.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                let count = writeToDescriptor(2, bytes.baseAddress! + written, bytes.count - written)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return }
                written += count
            }
        }
    }
}

/// The C library's `write`, which `StandardError.write` hides by name.
private func writeToDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
