import type { MetadataRoute } from "next";

// The web app manifest (/manifest.webmanifest): lets a participant or a
// facilitator add Hearth to a phone's home screen with its own name and icon.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Hearth",
    short_name: "Hearth",
    description: "Live, facilitated group sessions with anonymous answers shown in aggregate.",
    start_url: "/join",
    display: "standalone",
    background_color: "#fbf7f2",
    theme_color: "#9a3d12",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
