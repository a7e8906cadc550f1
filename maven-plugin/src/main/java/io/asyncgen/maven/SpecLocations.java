package io.asyncgen.maven;

import java.io.File;
import java.net.URI;

/** Turns a configured document location into a URI: a path (relative to the project) or {@code classpath:}. */
final class SpecLocations {
  private SpecLocations() {}

  static URI toUri(String location, File basedir) {
    if (location.startsWith("classpath:")) {
      String path = location.substring("classpath:".length());
      return URI.create("classpath:/" + (path.startsWith("/") ? path.substring(1) : path));
    }
    if (location.startsWith("http://") || location.startsWith("https://")) {
      return URI.create(location);
    }
    File file = new File(location);
    return (file.isAbsolute() ? file : new File(basedir, location)).toPath().normalize().toUri();
  }
}
